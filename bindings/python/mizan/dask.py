"""Checking many articles on Dask, one engine per worker process.

ctypes handles do not pickle, so an engine cannot travel from the client to the workers. Each
worker process makes its own the first time it needs one (``_engine()``), and every task in
that process shares it, threads included.

    import dask.bag as db
    from mizan.dask import check_bag
    findings = check_bag(db.from_sequence(articles, npartitions=8), published="2022-11-18")
    findings.compute()   # [[Finding, ...], ...], one list per article

The same pattern runs on Spark (``rdd.mapPartitions``) and Ray (an actor holding an Engine, or
a module-level engine made lazily inside the task): make the engine inside the worker, never on
the driver, and keep one per process.
"""
import threading
from typing import Any, Iterable, List, Optional

from . import Engine, Finding

_lock = threading.Lock()
_engines = {}


def _engine() -> Engine:
    """This process's engine, made on first use."""
    with _lock:
        engine = _engines.get("engine")
        if engine is None:
            engine = _engines["engine"] = Engine()
        return engine


def check_texts(texts: Iterable[str], **options) -> List[List[Finding]]:
    """The findings of each text, with this process's engine."""
    engine = _engine()
    return [engine.check(text, **options).findings for text in texts]


def check_bag(bag: Any, **options) -> Any:
    """A Dask bag of texts -> a bag of finding lists, one per text."""
    return bag.map_partitions(lambda texts: check_texts(texts, **options))


def check_dataframe(frame: Any, column: str, **options) -> Any:
    """A Dask dataframe -> a series of finding counts (errors and warnings) per row of
    ``column``; a plain value per row keeps the result serializable."""
    def count(texts):
        return [sum(f.severity in ("error", "warning") for f in fs) for fs in check_texts(texts, **options)]

    return frame[column].map_partitions(lambda series: series.__class__(count(series.tolist()),
                                                                         index=series.index),
                                        meta=(column, "int64"))
