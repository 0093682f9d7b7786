// oxlint-disable-next-line no-undef
module.exports = {
  includeCommitMessage: true,
  webpack: {
    stats: "./build/app/webpack-stats.json",
  },
};
