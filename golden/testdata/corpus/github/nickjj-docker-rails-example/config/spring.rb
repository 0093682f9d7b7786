Spring.watch(
  "tmp/restart.txt",
  "tmp/caching-dev.txt"
)
