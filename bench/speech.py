"""Speech models for tests and benchmarks: random Whisper models exported to ONNX, and their speed.

Builds a `WhisperForConditionalGeneration` with transformers (random weights, seeded) and exports
it the way Hugging Face's exporters lay out the downloadable ONNX Whisper models
(onnx-community/whisper-*), so that runtime.speech runs the same code on both:

    encoder_model.onnx             input_features -> last_hidden_state
    decoder_model.onnx             input_ids, encoder_hidden_states -> logits, present.{i}.{decoder,encoder}.*
    decoder_with_past_model.onnx   input_ids, past_key_values.{i}.* -> logits, present.{i}.decoder.*
    decoder_model_merged.onnx      both decoders under one If (use_cache_branch), weights shared;
                                   the cached branch returns empty encoder presents, as optimum's
    config.json, generation_config.json, preprocessor_config.json, tokenizer.json

`tiny_whisper()` is the tests' model (a toy tokenizer with Whisper's control tokens, cached in
.cache/tiny-whisper/). `python -m bench.speech` measures the real-time factor of the runtime on
random models at the published Whisper shapes, fp32 and int8 (speed does not depend on the weights'
values; quality does, and cannot be measured on random weights):

    python -m bench.speech --models tiny,base,small,large-v3-turbo --weights fp32,int8
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("ORIEL_TEST_CACHE", REPO / ".cache"))

# Whisper's control tokens after the text vocabulary, in the real order. The toy vocabulary keeps
# only a few languages; the real one has 99 (100 in large-v3) between <|startoftranscript|> and
# <|translate|>.
TINY_LANGUAGES = ("en", "zh", "de", "es", "ru", "fr", "ja", "ar")
CONTROL_TOKENS = (
    "<|endoftext|>",
    "<|startoftranscript|>",
    *(f"<|{code}|>" for code in TINY_LANGUAGES),
    "<|translate|>",
    "<|transcribe|>",
    "<|startoflm|>",
    "<|startofprev|>",
    "<|nospeech|>",
    "<|notimestamps|>",
)
_CORPUS = """
Oriel is a private desktop assistant. Speak instead of typing, and the words appear in the box.
The quick brown fox jumps over the lazy dog. Guten Tag, wie geht es Ihnen? Bonjour à tous.
Hola, ¿qué tal? Привет, мир! 你好，世界。こんにちは。مرحبا بالعالم. One two three four five.
"""

# The published shapes (config.json of openai/whisper-* and of the large-v3-turbo release).
REAL_SHAPES: dict[str, dict[str, int]] = {
    "tiny": dict(d_model=384, encoder_layers=4, decoder_layers=4, encoder_attention_heads=6,
                 decoder_attention_heads=6, encoder_ffn_dim=1536, decoder_ffn_dim=1536),
    "base": dict(d_model=512, encoder_layers=6, decoder_layers=6, encoder_attention_heads=8,
                 decoder_attention_heads=8, encoder_ffn_dim=2048, decoder_ffn_dim=2048),
    "small": dict(d_model=768, encoder_layers=12, decoder_layers=12, encoder_attention_heads=12,
                  decoder_attention_heads=12, encoder_ffn_dim=3072, decoder_ffn_dim=3072),
    "large-v3-turbo": dict(d_model=1280, encoder_layers=32, decoder_layers=4, encoder_attention_heads=20,
                           decoder_attention_heads=20, encoder_ffn_dim=5120, decoder_ffn_dim=5120,
                           num_mel_bins=128, vocab_size=51866),
}  # fmt: skip


# -- the toy tokenizer ---------------------------------------------------------------------------


def build_tokenizer(text_vocab: int = 300) -> Any:
    """A byte-level BPE (as Whisper's, GPT-2 style) with Whisper's control tokens after the text."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=text_vocab, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False
    )
    tok.train_from_iterator([_CORPUS] * 4, trainer=trainer)
    tok.add_special_tokens(list(CONTROL_TOKENS))
    return tok


def generation_config(tok: Any, max_length: int) -> dict[str, Any]:
    """What transformers' Whisper `generate` reads, in the real files' shape."""
    ids = {t: tok.token_to_id(t) for t in CONTROL_TOKENS}
    space = tok.encode(" ").ids
    return {
        "decoder_start_token_id": ids["<|startoftranscript|>"],
        "eos_token_id": ids["<|endoftext|>"],
        "pad_token_id": ids["<|endoftext|>"],
        "bos_token_id": ids["<|endoftext|>"],
        "is_multilingual": True,
        "lang_to_id": {f"<|{c}|>": ids[f"<|{c}|>"] for c in TINY_LANGUAGES},
        "task_to_id": {"transcribe": ids["<|transcribe|>"], "translate": ids["<|translate|>"]},
        "no_timestamps_token_id": ids["<|notimestamps|>"],
        "prev_sot_token_id": ids["<|startofprev|>"],
        "max_length": max_length,
        # As the real ones: a few symbols never, and no space or end as the first token.
        "suppress_tokens": [tok.token_to_id(s) for s in ("#", "(", ")", "*", "+") if tok.token_to_id(s)],
        "begin_suppress_tokens": [*space[:1], ids["<|endoftext|>"]],
    }


# -- building and exporting ----------------------------------------------------------------------


def whisper_model(
    shape: dict[str, int], tok: Any, *, vocab_size: int | None = None, seed: int = 0, init_std: float = 0.02
) -> Any:
    """A random Whisper of `shape` whose control-token ids are `tok`'s (vocab_size: at least its size)."""
    import torch
    from transformers import WhisperConfig, WhisperForConditionalGeneration

    torch.manual_seed(seed)
    fields = {
        "num_mel_bins": 80,
        "vocab_size": vocab_size or tok.get_vocab_size(),
        "max_target_positions": 448,
    }
    eot, sot = tok.token_to_id("<|endoftext|>"), tok.token_to_id("<|startoftranscript|>")
    config = WhisperConfig(
        **(fields | shape),  # type: ignore[arg-type]
        pad_token_id=eot,
        bos_token_id=eot,
        eos_token_id=eot,
        decoder_start_token_id=sot,
        suppress_tokens=None,
        begin_suppress_tokens=None,
        max_source_positions=1500,
        init_std=init_std,
    )
    config._attn_implementation = "eager"  # explicit masks trace into plain ONNX ops
    return WhisperForConditionalGeneration(config).eval()


def export_whisper(model: Any, out: Path, *, layout: str = "merged", opset: int = 17) -> None:
    """Write the ONNX graphs of `model` into `out`: "merged" (encoder + decoder_model_merged),
    "split" (encoder + decoder_model + decoder_with_past_model) or "all"."""
    import torch

    out.mkdir(parents=True, exist_ok=True)
    cfg = model.config
    layers, heads = cfg.decoder_layers, cfg.decoder_attention_heads
    head_dim = cfg.d_model // heads
    with tempfile.TemporaryDirectory() as tmp, torch.no_grad():
        scratch = Path(tmp)
        features = torch.randn(1, cfg.num_mel_bins, 3000)
        _export(
            _Encoder(model), (features,), out / "encoder_model.onnx",
            ["input_features"], ["last_hidden_state"], {"input_features": {0: "batch_size"}}, opset,
        )  # fmt: skip
        hidden = torch.randn(1, cfg.max_source_positions, cfg.d_model)
        presents = [
            f"present.{i}.{w}.{kv}"
            for i in range(layers)
            for w in ("decoder", "encoder")
            for kv in ("key", "value")
        ]
        _export(
            _Decoder(model), (torch.tensor([[1, 2, 3, 4]]), hidden), scratch / "decoder_model.onnx",
            ["input_ids", "encoder_hidden_states"], ["logits", *presents],
            {"input_ids": {0: "batch_size", 1: "decoder_sequence_length"},
             "encoder_hidden_states": {0: "batch_size", 1: "encoder_sequence_length"}},
            opset,
        )  # fmt: skip
        pasts = [n.replace("present", "past_key_values") for n in presents]
        past_values = [
            torch.randn(1, heads, 3 if ".decoder." in n else cfg.max_source_positions, head_dim)
            for n in pasts
        ]
        dynamic = {"input_ids": {0: "batch_size"}}
        for n in pasts:
            dynamic[n] = {
                0: "batch_size",
                2: "past_sequence_length" if ".decoder." in n else "encoder_sequence_length",
            }
        own_presents = [p for p in presents if ".decoder." in p]
        with_past = scratch / "decoder_with_past_model.onnx"
        _export(
            _DecoderWithPast(model), (torch.tensor([[5]]), *past_values), with_past,
            ["input_ids", *pasts], ["logits", *own_presents], dynamic, opset,
        )  # fmt: skip
        if layout in ("split", "all"):
            for name in ("decoder_model.onnx", "decoder_with_past_model.onnx"):
                shutil.copy(scratch / name, out / name)
        if layout in ("merged", "all"):
            merge_decoders(scratch / "decoder_model.onnx", scratch / "decoder_with_past_model.onnx",
                           out / "decoder_model_merged.onnx", heads=heads, head_dim=head_dim)  # fmt: skip


def _export(module: Any, args: tuple[Any, ...], path: Path, inputs: list[str], outputs: list[str],
            dynamic: dict[str, dict[int, str]], opset: int) -> None:  # fmt: skip
    import warnings

    import torch

    with warnings.catch_warnings():  # the TorchScript exporter's tracer warnings are expected here
        warnings.simplefilter("ignore")
        torch.onnx.export(module, args, str(path), input_names=inputs, output_names=outputs,
                          dynamic_axes=dynamic, opset_version=opset, dynamo=False)  # fmt: skip


def _Encoder(model: Any) -> Any:
    import torch

    class Encoder(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = model.model.encoder

        def forward(self, input_features: Any) -> Any:
            return self.encoder(input_features=input_features).last_hidden_state

    return Encoder()


def _Decoder(model: Any) -> Any:
    import torch

    class Decoder(torch.nn.Module):
        """The first step: the prompt against the encoder's states; returns every cache tensor."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, encoder_hidden_states: Any) -> tuple[Any, ...]:
            out = self.model(
                encoder_outputs=(encoder_hidden_states,), decoder_input_ids=input_ids, use_cache=True
            )
            cache = out.past_key_values
            flat = []
            for own, cross in zip(
                cache.self_attention_cache.layers, cache.cross_attention_cache.layers, strict=True
            ):
                flat += [own.keys, own.values, cross.keys, cross.values]
            return (out.logits, *flat)

    return Decoder()


def _DecoderWithPast(model: Any) -> Any:
    import torch
    from transformers.cache_utils import DynamicCache, EncoderDecoderCache

    layers = model.config.decoder_layers

    class DecoderWithPast(torch.nn.Module):
        """One token against the cache; the cross-attention cache is taken as computed."""

        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, *past: Any) -> tuple[Any, ...]:
            own, cross = DynamicCache(), DynamicCache()
            for i in range(layers):
                for c, k, v in (
                    (own, past[4 * i], past[4 * i + 1]),
                    (cross, past[4 * i + 2], past[4 * i + 3]),
                ):
                    c.update(k[:, :, :0], v[:, :, :0], i)  # creates the layer
                    # The inputs themselves, not a concatenation with an empty cache: that would copy
                    # the whole cross-attention cache at every token.
                    c.layers[i].keys, c.layers[i].values = k, v  # type: ignore[union-attr]
            cache = EncoderDecoderCache(own, cross)
            for i in range(layers):
                cache.is_updated[i] = True
            # Positions as tensors: a Python int taken from a shape would be frozen into the trace.
            past_length = torch.ones_like(past[0][0, 0, :, 0], dtype=torch.long).sum()
            positions = past_length + torch.ones_like(input_ids).cumsum(-1) - 1  # [B, T]
            # Cross-attention runs only when encoder states are given; it reads the cached keys and
            # values, so any tensor will do (the graph keeps no trace of it, as optimum's).
            out = self.model.model.decoder(
                input_ids=input_ids,
                encoder_hidden_states=past[2],
                past_key_values=cache,
                use_cache=True,
                position_ids=positions,
            )
            logits = self.model.proj_out(out.last_hidden_state)
            flat = []
            for layer in cache.self_attention_cache.layers:
                flat += [layer.keys, layer.values]  # type: ignore[union-attr]
            return (logits, *flat)

    return DecoderWithPast()


def merge_decoders(no_past: Path, with_past: Path, out: Path, *, heads: int, head_dim: int) -> None:
    """One decoder graph: If(use_cache_branch) then the with-past graph else the first-step graph.

    Weights equal in both (by content) are stored once in the outer graph; each branch's own names
    get a prefix. The cached branch has no encoder presents: it returns empty ones [0, H, 1, Dh].
    """
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    first, cached = onnx.load(str(no_past)), onnx.load(str(with_past))
    outer_inputs = {i.name: i for i in list(cached.graph.input) + list(first.graph.input)}  # first's win
    shared: dict[bytes, str] = {}
    initializers: list[Any] = []

    def branch(model: Any, prefix: str, outputs: list[str]) -> Any:
        g = model.graph
        rename: dict[str, str] = {}
        for init in g.initializer:
            array = numpy_helper.to_array(init)
            key = hashlib.sha256(f"{array.dtype}{array.shape}".encode() + array.tobytes()).digest()
            if key not in shared:
                shared[key] = f"w{len(shared)}"
                initializers.append(numpy_helper.from_array(array, shared[key]))
            rename[init.name] = shared[key]
        for node in g.node:
            for name in node.output:
                rename.setdefault(name, prefix + name)
        nodes = []
        for node in g.node:
            node.input[:] = [rename.get(n, n) for n in node.input]
            node.output[:] = [rename[n] for n in node.output]
            node.name = prefix + (node.name or node.op_type)
            nodes.append(node)
        produced = {o.name: o for o in g.output}
        out_infos = []
        for name in outputs:
            if name in produced:
                info = produced[name]
                elem = info.type.tensor_type.elem_type
                rank = len(info.type.tensor_type.shape.dim)
            else:  # an encoder present in the cached branch: empty
                const = prefix + name
                empty = numpy_helper.from_array(
                    np.zeros((0, heads, 1, head_dim), np.float32), const + "_value"
                )
                nodes.append(helper.make_node("Constant", [], [const], value=empty, name=const))
                rename[name] = const
                elem, rank = TensorProto.FLOAT, 4
            out_infos.append(helper.make_tensor_value_info(rename[name], elem, [None] * rank))
        return helper.make_graph(nodes, prefix.strip("/"), [], out_infos)

    outputs = [o.name for o in first.graph.output]
    else_branch = branch(first, "no_past/", outputs)
    then_branch = branch(cached, "with_past/", outputs)
    use_cache = helper.make_tensor_value_info("use_cache_branch", TensorProto.BOOL, [1])
    if_node = helper.make_node(
        "If",
        ["use_cache_branch"],
        outputs,
        then_branch=then_branch,
        else_branch=else_branch,
        name="optimum::if",
    )
    graph_outputs = [
        helper.make_tensor_value_info(
            o.name, o.type.tensor_type.elem_type, [None] * len(o.type.tensor_type.shape.dim)
        )
        for o in first.graph.output
    ]
    inputs = [outer_inputs["input_ids"], outer_inputs["encoder_hidden_states"]]
    inputs += [outer_inputs[n] for n in outer_inputs if n.startswith("past_key_values.")] + [use_cache]
    graph = helper.make_graph([if_node], "merged_decoder", inputs, graph_outputs, initializer=initializers)
    merged = helper.make_model(graph, opset_imports=list(first.opset_import), ir_version=first.ir_version)
    onnx.checker.check_model(merged)
    onnx.save(merged, str(out))


# -- the tests' tiny model -------------------------------------------------------------------------

TINY_SHAPE = dict(d_model=64, encoder_layers=2, decoder_layers=2, encoder_attention_heads=4,
                  decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128,
                  max_target_positions=64)  # fmt: skip


def write_model_files(model: Any, tok: Any, out: Path) -> None:
    """config.json, generation_config.json, preprocessor_config.json and tokenizer.json beside the graphs."""
    from transformers import WhisperFeatureExtractor

    out.mkdir(parents=True, exist_ok=True)
    model.config.to_json_file(str(out / "config.json"))
    gen = generation_config(tok, model.config.max_target_positions)
    (out / "generation_config.json").write_text(json.dumps(gen, indent=2))
    WhisperFeatureExtractor(feature_size=model.config.num_mel_bins).to_json_file(
        str(out / "preprocessor_config.json")
    )
    tok.save(str(out / "tokenizer.json"))


def tiny_whisper(layout: str = "merged", *, seed: int = 0) -> Path:
    """A tiny random Whisper model folder in `layout` ("merged", "split" or "all"), built once and cached."""
    spec = json.dumps({"shape": TINY_SHAPE, "layout": layout, "seed": seed, "version": 2}, sort_keys=True)
    folder = CACHE / "tiny-whisper" / hashlib.sha256(spec.encode()).hexdigest()[:16]
    if (folder / "done").exists():
        return folder
    tok = build_tokenizer()
    model = whisper_model(TINY_SHAPE, tok, seed=seed, init_std=0.2)
    scratch = folder.with_name(folder.name + f".tmp-{os.getpid()}")
    shutil.rmtree(scratch, ignore_errors=True)
    export_whisper(model, scratch, layout=layout)
    write_model_files(model, tok, scratch)
    import torch

    torch.save(model.state_dict(), scratch / "reference.pt")
    (scratch / "done").write_text(spec)
    shutil.rmtree(folder, ignore_errors=True)
    scratch.rename(folder)
    return folder


def load_reference(folder: Path) -> Any:
    """The transformers model a tiny folder was exported from (fp32, eval)."""
    import torch
    from transformers import GenerationConfig, WhisperConfig, WhisperForConditionalGeneration

    config = WhisperConfig.from_json_file(str(folder / "config.json"))
    model = WhisperForConditionalGeneration(config).eval()
    model.load_state_dict(torch.load(folder / "reference.pt"))
    model.generation_config = GenerationConfig.from_pretrained(str(folder))
    return model


# -- the benchmark ---------------------------------------------------------------------------------


def spoken_wav(text: str, path: Path, voice: str = "en") -> Path:
    """`text` spoken by espeak-ng into a WAV file (22,050 Hz, 16-bit)."""
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, capture_output=True)
    return path


def bench_folder(name: str) -> Path:
    """A random model at the shape `name` (REAL_SHAPES), exported once, with an int8 copy
    quantized as Hugging Face's ONNX repositories quantize theirs (dynamic, MatMul weights)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = CACHE / "bench-whisper" / name
    if not (folder / "done").exists():
        tok = build_tokenizer()
        shape = dict(REAL_SHAPES[name])
        model = whisper_model(shape, tok, vocab_size=shape.pop("vocab_size", 51865))
        export_whisper(model, folder, layout="merged")
        write_model_files(model, tok, folder)
        for graph in ("encoder_model", "decoder_model_merged"):
            quantize_dynamic(  # as transformers.js's quantize script makes the repositories' _int8 files
                folder / f"{graph}.onnx",
                folder / f"{graph}_int8.onnx",
                weight_type=QuantType.QInt8,
                extra_options={"EnableSubgraph": True},
                use_external_data_format=(folder / f"{graph}.onnx_data").exists(),  # over 2 GB: large models
            )
        (folder / "done").touch()
    return folder


def bench_model(
    name: str,
    weights: str,
    samples: np.ndarray,
    *,
    threads: int | None,
    tokens_per_window: int,
    repeats: int = 3,
) -> dict[str, Any]:
    """Time one random model at a real shape: features, encoder and decoder per token (medians),
    and the real-time factor of a 30-second window that holds `tokens_per_window` tokens."""
    from runtime.speech.features import log_mel
    from runtime.speech.transcriber import SpeechModel

    speech = SpeechModel(
        bench_folder(name), variant="" if weights == "fp32" else f"_{weights}", threads=threads
    )
    window = samples[: 30 * 16000]

    def median_time(fn: Any, n: int) -> float:
        times = []
        for _ in range(n):
            started = time.perf_counter()
            fn()
            times.append(time.perf_counter() - started)
        return float(np.median(times))

    t_features = median_time(lambda: log_mel(window, speech.features), repeats)
    features = log_mel(window, speech.features)[None]
    speech.onnx.encode(features)  # warm-up
    t_encoder = median_time(lambda: speech.onnx.encode(features), repeats)
    hidden = speech.onnx.encode(features)
    tok = speech.tokenizer
    prompt = [tok.sot, next(iter(tok.languages.values())), tok.transcribe, tok.no_timestamps]
    _, cache = speech.onnx.start(prompt, hidden)
    steps = []
    for i in range(tokens_per_window):  # the cache grows as in a real window
        started = time.perf_counter()
        speech.onnx.step(5 + i, cache, hidden)
        steps.append(time.perf_counter() - started)
    t_token = float(np.median(steps))
    total = t_features + t_encoder + sum(steps)
    return {"model": f"whisper-{name} {weights}", "features_s": t_features, "encoder_s": t_encoder,
            "token_ms": 1000 * t_token, "window_s": total, "rtf": total / 30.0}  # fmt: skip


def bench_tiny(seconds: float = 60.0) -> str:
    """The tests' tiny model end to end on `seconds` of audio: the mechanics' own cost (features,
    windows, sessions, decoding loop), not a real model's speed."""
    from runtime.speech.transcriber import Options, SpeechModel

    model = SpeechModel(tiny_whisper("merged"))
    t = np.arange(int(seconds * 16000)) / 16000
    audio = (0.3 * np.sin(2 * np.pi * 200 * t)).astype(np.float32)
    result = model.transcribe([audio], "en", options=Options(no_speech_threshold=None))
    tokens = sum(len(s.tokens) for s in result.segments)
    return (
        f"tests' tiny model, end to end: {seconds:.0f} s of audio, {tokens} tokens, {result.seconds:.2f} s; "
        f"real-time factor {result.real_time_factor:.4f}"
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.speech", description=__doc__.splitlines()[0])
    p.add_argument(
        "--models", default="tiny,base,small", help=f"comma-separated, of {', '.join(REAL_SHAPES)}"
    )
    p.add_argument("--weights", default="fp32,int8", help="comma-separated, of fp32, int8")
    p.add_argument("--wav", type=Path, help="speech to time on (default: a sentence spoken by espeak-ng)")
    p.add_argument("--threads", type=int, default=None)
    p.add_argument("--tokens", type=int, default=100, help="tokens in a 30 s window of speech (about 100)")
    args = p.parse_args(argv)
    from runtime.speech import audio

    text = "Oriel writes down what you say, on your own machine."
    wav = args.wav or spoken_wav(text, Path(tempfile.mkdtemp()) / "s.wav")
    samples = np.concatenate(list(audio.read_blocks(wav)))
    print(bench_tiny(), flush=True)
    print(f"\n30-second window holding {args.tokens} tokens; medians; threads: {args.threads or 'all'}\n")
    print("| model | features s | encoder s | decoder ms/token | window s | real-time factor |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name in args.models.split(","):
        for weights in args.weights.split(","):
            r = bench_model(
                name.strip(), weights.strip(), samples, threads=args.threads, tokens_per_window=args.tokens
            )
            print(f"| {r['model']} | {r['features_s']:.3f} | {r['encoder_s']:.2f} | {r['token_ms']:.1f} | "
                  f"{r['window_s']:.2f} | {r['rtf']:.3f} |", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
