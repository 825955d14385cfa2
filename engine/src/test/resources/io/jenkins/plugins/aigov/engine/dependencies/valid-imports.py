"""Report builder.

import fake_in_docstring
"""
from __future__ import annotations

import os
import os.path, sys
import numpy as np
import yaml
from PIL import Image
from sklearn.linear_model import LogisticRegression
from . import helpers
from .models import Report
from ..shared import util
import requests, attr as a
from bs4 import (
    BeautifulSoup,
    Tag,
)

def load():
    import cv2  # lazy import
    from huggingface_hubx import snapshot_download
    return cv2
