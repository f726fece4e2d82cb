# One image for the three services; the container command picks the service.

# The phrase reader compiled with mypyc (shared/native.py); needs gcc and the dev tools, not kept.
FROM python:3.11-slim AS native
ENV PIP_NO_CACHE_DIR=1
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY shared ./shared
COPY services ./services
COPY clusterlink ./clusterlink
COPY scripts/build_native.py ./scripts/
RUN pip install '.[dev]' && CLUSTERLINK_NATIVE_DIR=/app/build/native python scripts/build_native.py

FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 CLUSTERLINK_NATIVE_DIR=/app/build/native
WORKDIR /app
RUN useradd --create-home --uid 10001 clusterlink
COPY pyproject.toml README.md ./
COPY shared ./shared
COPY services ./services
COPY clusterlink ./clusterlink
COPY --from=native /app/build/native ./build/native
# The compiled build is used only if it matches the installed sources (checked from / so that the installed
# packages are imported, as the entrypoint does): fail here rather than run slower.
RUN pip install . && python -c "import services.registry, services.matcher, services.notifier" \
    && cd / && python -c "import shared.native as n, services.matcher.scoring; assert n.in_use('services.matcher.scoring.reading')"
USER clusterlink
# e.g. `clusterlink serve matcher`
ENTRYPOINT ["clusterlink"]
CMD ["serve", "registry"]
