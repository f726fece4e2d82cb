# One image for the three services; the container command picks the service.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app
RUN useradd --create-home --uid 10001 clusterlink
COPY pyproject.toml README.md ./
COPY shared ./shared
COPY services ./services
COPY clusterlink ./clusterlink
RUN pip install . && python -c "import services.registry, services.matcher, services.notifier"
USER clusterlink
# e.g. `clusterlink serve matcher`
ENTRYPOINT ["clusterlink"]
CMD ["serve", "registry"]
