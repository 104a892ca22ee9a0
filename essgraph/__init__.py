"""essgraph: a knowledge graph of France's social and solidarity economy."""

__version__ = "0.1.0"
