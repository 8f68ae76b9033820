"""Schema revisions this version of the app knows (kept equal to the Alembic chain by a test).

Checked without importing Alembic, so opening a current store stays fast.
"""

REVISIONS: tuple[str, ...] = ("0001",)
HEAD = REVISIONS[-1]
