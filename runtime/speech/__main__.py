"""`python -m runtime.speech RECORDING.wav --model FOLDER [--language de]`: transcribe one file.

FOLDER is an installed speech package or a Hugging Face ONNX Whisper folder (onnx-community
layout). For a manual check against a real model:

    espeak-ng -v en -w /tmp/hello.wav "Oriel writes down what you say."
    python -m runtime.speech /tmp/hello.wav --model ~/models/whisper-base-int8
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from runtime.speech.languages import whisper_language
from runtime.speech.transcriber import SpeechModel


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m runtime.speech", description=__doc__.splitlines()[0])
    p.add_argument("wav", type=Path)
    p.add_argument("--model", type=Path, required=True, help="a speech model folder")
    p.add_argument("--language", help="a language or locale (de, pt_BR); default: detect")
    p.add_argument("--variant", help="weights of a folder with several: '' (fp32), _int8, _fp16, ...")
    p.add_argument("--threads", type=int)
    args = p.parse_args(argv)
    model = SpeechModel(args.model, variant=args.variant, threads=args.threads)
    result = model.transcribe_file(args.wav, whisper_language(args.language, model.languages))
    print(result.text)
    print(
        f"[{result.language or '?'}; {result.audio_seconds:.1f} s of audio in {result.seconds:.2f} s, "
        f"real-time factor {result.real_time_factor:.3f}; {model.layout} decoder, "
        f"weights {model.variant.strip('_') or 'fp32'}]",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
