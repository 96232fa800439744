"""entente: from news text to the political system it describes, as evidence-backed data."""
__version__ = "0.1.0"
