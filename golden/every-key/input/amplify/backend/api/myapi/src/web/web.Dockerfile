FROM public.ecr.aws/docker/library/node:22-slim
RUN echo build
FROM public.ecr.aws/docker/library/node:22-slim AS runtime
ARG VERSION
EXPOSE 3000
