"""The vision encoder on ONNX Runtime: one preprocessed image in, one feature row per image token out.

`VisionEncoder.encode` runs `vision.onnx` once per image (attention is per image; see
runtime.graph.vision) with the layout inputs from runtime.vision.positions. Encoded images are
kept in a small cache by their reuse key (runtime.vision.prompt.image_key), because a
conversation sends every earlier image again with each new turn: the decoder skips the ones its
cached state already covers, and the cache spares the encoder from recomputing the others.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence

import numpy as np
import onnxruntime as ort

from runtime.config import VisionConfig
from runtime.graph.lowering import PORTABLE, lowered_graph_path
from runtime.package import ModelPackage
from runtime.providers import CPU, create_session
from runtime.vision.positions import interpolation_taps, rotary_positions
from runtime.vision.preprocess import ImageInput

# Encoded images kept (8 MB each for a 1024-token image at the 2B's width).
CACHE_SIZE = 8


class VisionEncoder:
    def __init__(
        self,
        package: ModelPackage,
        *,
        providers: Sequence[str] = (CPU,),
        ops: str = PORTABLE,
        threads: int | None = None,
        cache_size: int = CACHE_SIZE,
    ) -> None:
        """`providers` and `ops` are normally the decoder session's, so both run on one device."""
        config = package.config.vision
        if config is None or "vision" not in package.manifest["graphs"]:
            raise ValueError(f"{package.path.name} is a text-only model: it has no vision encoder")
        self.config: VisionConfig = config
        graph = lowered_graph_path(
            package.file(package.manifest["graphs"]["vision"]), ops, ort.__version__, provider=providers[0]
        )

        def options() -> ort.SessionOptions:
            opts = ort.SessionOptions()
            opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
            if threads:
                opts.intra_op_num_threads = threads
            return opts

        # the decoder's way onto its device, plugin EPs included (runtime.providers)
        self.session, self.provider_failure = create_session(graph, tuple(providers), options)
        self.provider: str = self.session.get_providers()[0]
        self._cache: OrderedDict[int, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def cached(self, key: int) -> np.ndarray | None:
        """The features of the image with reuse key `key`, if they are still in the cache."""
        features = self._cache.get(key)
        if features is not None:
            self._cache.move_to_end(key)
        return features

    def encode(self, image: ImageInput, key: int | None = None) -> np.ndarray:
        """The image's features [num_tokens, out_hidden_size], in the order of its pad tokens,
        kept under `key` (its reuse key; default `image.key`, or not kept when it has none)."""
        key = image.key if key is None else key
        if key is not None and (hit := self.cached(key)) is not None:
            return hit
        cfg = self.config
        assert image.merge_size == cfg.spatial_merge_size
        indices, weights = interpolation_taps(image.grid_thw, cfg.num_position_embeddings, image.merge_size)
        feeds = {
            "pixel_patches": np.ascontiguousarray(image.pixel_patches, dtype=np.float32),
            "pos_indices": indices,
            "pos_weights": weights,
            "rotary_positions": rotary_positions(image.grid_thw, image.merge_size),
        }
        features: np.ndarray = self.session.run(["image_features"], feeds)[0]
        assert features.shape == (image.num_tokens, cfg.out_hidden_size)
        if key is None:
            return features
        self._cache[key] = features
        while len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return features
