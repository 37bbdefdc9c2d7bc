"""Adapters that run ttcorpus's per-record work on other engines (Dask, …)."""
