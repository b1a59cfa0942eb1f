"""The exported model's forward pass in NumPy: no TensorFlow needed.

weights.json holds what the playground trained: the standardization (mean and standard
deviation of each measurement, fitted on the training rows) and the Dense layers in order,
each with its kernel (inputs x units), bias and activation.
"""
import json
from pathlib import Path

import numpy as np


def _softmax(x):
    # Subtracting each row's maximum first keeps exp() from overflowing.
    e = np.exp(x - x.max(axis=1, keepdims=True))
    return e / e.sum(axis=1, keepdims=True)


ACTIVATIONS = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0.0),
    "tanh": np.tanh,
    "sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
    "softmax": _softmax,
}


class IrisModel:
    """A Dense network with its scaler, as trained in the playground."""

    def __init__(self, spec):
        self.name = spec["name"]
        self.version = spec["version"]
        self.aliases = list(spec["aliases"])
        self.feature_names = list(spec["feature_names"])
        self.class_names = list(spec["class_names"])
        self.mean = np.array(spec["scaler"]["mean"], dtype=np.float64)
        self.std = np.array(spec["scaler"]["std"], dtype=np.float64)
        # The browser trained in float32, and weights.json holds those float32 values
        # exactly; computing in float64 here agrees with the playground to about 1e-7.
        self.layers = [
            (
                np.array(layer["kernel"], dtype=np.float64),
                np.array(layer["bias"], dtype=np.float64),
                ACTIVATIONS[layer["activation"]],
            )
            for layer in spec["layers"]
        ]

    @classmethod
    def load(cls, path):
        return cls(json.loads(Path(path).read_text(encoding="utf-8")))

    def probabilities(self, rows):
        """Class probabilities for rows of measurements (cm), one row per flower."""
        x = (np.asarray(rows, dtype=np.float64) - self.mean) / self.std
        for kernel, bias, activation in self.layers:
            x = activation(x @ kernel + bias)
        return x
