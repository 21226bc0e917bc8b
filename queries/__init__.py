"""Queries: the SPARQL catalogue, the embedded Oxigraph store and remote SPARQL endpoints."""
