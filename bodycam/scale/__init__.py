"""Scale-out: the job queue's compute on a Dask cluster (``bodycam process --workers N`` or
``--scheduler``), the database staying single-writer on the coordinator. See docs/SCALING.md."""
