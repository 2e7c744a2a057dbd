"""Domain exceptions. The library raises these; the CLI and the app turn them into messages."""


class BodycamError(Exception):
    "Base class for errors a user can act on"


class DataDirError(BodycamError):
    "The data directory cannot be used"


class SchemaTooNew(BodycamError):
    "The database was written by a newer version of Bodycam Review"


class NotFound(BodycamError):
    "The requested record does not exist"


class InvalidMedia(BodycamError):
    "The file is not footage that FFmpeg can read"


class SourceChanged(BodycamError):
    "The source file changed or vanished while it was being copied"


class ToolMissing(BodycamError):
    "An external program the stage needs is not installed"


class StaleEdit(BodycamError):
    "Someone else changed the record since it was loaded"


class InvalidInput(BodycamError):
    "A value given by the user is not acceptable"


class DatabaseBusy(BodycamError):
    "Another process held the database's write lock for longer than the busy timeout"


class LostClaim(BodycamError):
    "A worker's job was taken over by another worker while this one was stalled"
