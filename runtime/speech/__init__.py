"""Speech to text on the machine: Whisper on ONNX Runtime, in the worker process.

    audio.py        WAV files read block by block, resampled to 16 kHz, cut into 30 s windows
    features.py     Whisper's log-mel spectrogram in numpy (80 or 128 bins)
    tokenizer.py    the model's tokenizer.json through `tokenizers`, and Whisper's control tokens
    languages.py    the UI language -> Whisper's language code (or None: detect)
    whisper.py      the encoder and decoder sessions (Hugging Face's ONNX layout), greedy decoding
    transcriber.py  SpeechModel: a model folder in, a Transcript out
    package.py      speech models in the model store: download, import, find
    jobs.py         the worker's speech lane (runtime.protocol Transcribe -> Transcript)

`python -m runtime.speech RECORDING.wav --model FOLDER` transcribes a file from the command line.
No torch, no transformers: the tests use them as the reference (tests/test_speech_*.py).
"""
