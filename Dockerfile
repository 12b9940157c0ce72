# Production image: the hopdong server with the built web app.
# NOTE: not built on the project's machines, which run no Docker engine; CI does not cover it.
FROM rust:1.90-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev pkg-config \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN if [ -x scripts/build-frontend.sh ]; then scripts/build-frontend.sh; fi
RUN cargo build --release --locked -p hopdong

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends libpq5 ca-certificates \
    && rm -rf /var/lib/apt/lists/* && useradd --system --home /var/lib/hopdong hopdong \
    && mkdir -p /var/lib/hopdong /srv/hopdong && chown hopdong /var/lib/hopdong
COPY --from=build /src/target/release/hopdong /usr/local/bin/hopdong
COPY --from=build /src/frontend/dis[t] /srv/hopdong/
USER hopdong
ENV HOPDONG_BIND=0.0.0.0:8080 HOPDONG_DATA_DIR=/var/lib/hopdong HOPDONG_STATIC_DIR=/srv/hopdong
EXPOSE 8080
CMD ["hopdong", "serve"]
