"""The package version, in a module that imports nothing.

Kept apart from ``diplowatch/__init__.py`` (which opens a store for
``diplowatch.open``) so that every stage can name the version without
importing a stage above it.
"""

__version__ = "0.1.0"
