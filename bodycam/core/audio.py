"""Audio constants shared by ingest (which writes the WAV) and transcription (which reads it)."""

#: The sample rate of every derived audio file and of every model's input (Whisper, Silero VAD,
#: the speaker encoders and the segmentation model all take 16 kHz mono).
SAMPLE_RATE = 16_000
