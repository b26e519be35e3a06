"""diplowatch: native extraction of diplomatic events with evidence."""

__version__ = "0.1.0"
