"""The build backend: setuptools' own (``setuptools.build_meta``), with one informational message silenced.

policykg installs its design card's top-level folders (ontology/, graph_builder/, queries/, visualize/) under
the one import name ``policykg`` through ``[tool.setuptools.package-dir]``. For such a mapping an editable install
uses a meta path finder, and setuptools then always prints "Editable installation. Please be careful with
folders in your working directory with the same name as your package ..." as a warning of its class
``InformationOnly`` (setuptools says itself that a warning is the wrong tool for it: pypa/packaging-problems#558).
It says nothing about this project, so it is filtered here; every other warning still shows.
"""

from __future__ import annotations

import warnings

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F401,F403  (the PEP 517/660 hooks, unchanged)
from setuptools.warnings import InformationOnly


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):
    """PEP 660 editable wheel, as setuptools builds it, without the InformationOnly message."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=InformationOnly)
        return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)
