"""SCODA Desktop: meetings, protocol directory and press releases for the SCODA protocol office."""

__version__ = "0.1.0"
