"""scale stage: partitioned runs on a local process pool or a Dask cluster,
written as Parquet and queried with DuckDB (see docs/scale.md).

The names the command line needs are kept here, in a module that imports
nothing heavy, so that ``diplowatch --help`` loads no engine.
"""

#: The engines a partitioned run may use.
ENGINES = ("local", "dask")

#: Where a LocalCluster's dashboard listens unless told otherwise: this
#: machine only (Dask's own default is every interface).
DASHBOARD = "127.0.0.1:8787"
