"""The registries: what each stage adds to the worker, the media route, the CLI and the app.

A stage registers its own job kinds, media kinds, CLI modules and pages in its ``stage.py``;
``bodycam/stages.py`` holds the one ordered list of those modules and loads them the first time
any registry is read. The worker, the media route, the ``bodycam`` command and the app's router
only look things up here, so adding a stage never edits them (see docs/ARCHITECTURE.md).

Registration is cheap on purpose: job handlers import their heavy libraries when they run, and
CLI modules and page renderers are named by dotted path and imported only when needed, so
``bodycam --help`` never loads models, torch or Streamlit.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .core.errors import BodycamError
from .core.progress import Progress
from .core.vocabulary import USER_ROLES

if TYPE_CHECKING:
    from .models.jobs import Job
    from .models.store import Store

#: ``handler(store, job, worker_options, progress) -> detail``: runs one claimed job to its end
#: (including ``jobs.finish`` in the change that writes its result) and returns a one-line
#: summary; raising fails the job.
JobHandler = Callable[["Store", "Job", Any, Progress], str]


@dataclass(frozen=True)
class SplitJob:
    """A job whose heavy part can run away from the database (on a Dask worker, see
    bodycam/scale/): three functions, run in this order.

    - ``prepare(store, job, worker_options) -> task``: on the coordinator; checks the claim,
      records that the work started, and returns the plain, picklable data the compute needs
      (paths relative to the data directory, never a connection).
    - ``compute(task, worker_options, progress, media) -> result``: anywhere; opens no
      database; ``media(relative_path)`` gives the local path of a media file on the machine
      it runs on, ``with media.output(relative_folder) as folder`` a local folder for the files
      it makes (clips), ``media.discard(relative_path)`` removes one again (see
      bodycam/scale/media.py); returns a plain, picklable result (relative paths, hashes).
    - ``write(store, job, task, result) -> detail``: on the coordinator; writes the result,
      the audit entry and ``jobs.finish`` in one ``Store.change``.

    :meth:`run` chains them in-process: it is the job's handler when nothing is distributed.
    """

    prepare: Callable[[Store, Job, Any], Any]
    compute: Callable[[Any, Any, Progress, Callable[[str], Any]], Any]
    write: Callable[[Store, Job, Any, Any], str]

    def run(self, store: Store, job: Job, options: Any, progress: Progress) -> str:
        from .scale.media import LocalMedia

        task = self.prepare(store, job, options)
        result = self.compute(task, options, progress, LocalMedia(store.layout.root))
        return self.write(store, job, task, result)

    @classmethod
    def named(cls, module: str, prepare: str, compute: str, write: str) -> SplitJob:
        """The three parts as functions of ``module``, imported on first use: registering the
        job kind loads none of its libraries (PyAV, OpenCV...)."""
        return cls(
            _Lazy(f"{module}:{prepare}"), _Lazy(f"{module}:{compute}"), _Lazy(f"{module}:{write}")
        )


@dataclass(frozen=True)
class _Lazy:
    """A function named by dotted path, imported when first called."""

    dotted: str

    def __call__(self, *args: Any) -> Any:
        return resolve(self.dotted)(*args)


@dataclass(frozen=True)
class JobKind:
    """A kind of queued job. ``owns_footage_status``: the job's failure is the footage's
    failure (transcription); a follow-up job (suggestions, exports) failing leaves the
    footage as it is."""

    name: str
    handler: JobHandler
    owns_footage_status: bool = False
    #: Set for kinds whose compute can run on a Dask worker; None: the coordinator runs it.
    split: SplitJob | None = None
    #: The permission (``models.permissions`` action) a signed-in user needs on each footage
    #: the job reads to queue it, or a function of the payload giving it. None: operator only
    #: (the CLI, or an admin in the app).
    permission: str | Callable[[dict], str] | None = None

    def action(self, payload: dict) -> str | None:
        return self.permission(payload) if callable(self.permission) else self.permission


@dataclass(frozen=True)
class MediaKind:
    """A kind of file the media route serves as ``/footage/<id>/<name>``.

    ``locate(store, footage_id)`` returns the file's path relative to the data directory, or
    None when the footage has none; by default the footage's derived file of kind ``name``.
    The route serves only files under ``media/derived/``, whatever ``locate`` says.
    """

    name: str
    media_type: str
    locate: Callable[[Store, int], str | None] | None = None
    #: The footage a URL id belongs to, for the viewer's permission check (None: not found);
    #: by default the id is the footage's own. A clip's URL carries the clip's id.
    footage_of: Callable[[Store, int], int | None] | None = None

    def footage_id_of(self, store: Store, media_id: int) -> int | None:
        return media_id if self.footage_of is None else self.footage_of(store, media_id)

    def path_of(self, store: Store, footage_id: int) -> str | None:
        if self.locate is not None:
            return self.locate(store, footage_id)
        from .models.footage import derived_file

        row = derived_file(store, footage_id, self.name)
        return row["path"] if row else None


@dataclass(frozen=True)
class Page:
    """One page of the app: ``render`` is ``"module:function"``, imported when the page is
    built, so registering a page never imports Streamlit."""

    title: str
    render: str
    url_path: str
    roles: tuple[str, ...] = USER_ROLES
    icon: str | None = None
    #: The page the app opens on when started for one footage (`bodycam serve --footage`).
    opens_footage: bool = False
    #: Open to anonymous visitors (the sign-in page) and only to them; every other page needs a
    #: signed-in account whose role is in ``roles``.
    public: bool = False

    def load_render(self) -> Callable[[], None]:
        return resolve(self.render)


@dataclass
class Registry:
    job_kinds: dict[str, JobKind] = field(default_factory=dict)
    media_kinds: dict[str, MediaKind] = field(default_factory=dict)
    cli_modules: list[str] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)


REGISTRY = Registry()
_loaded = False


def resolve(dotted: str) -> Any:
    """``"package.module:attribute"`` -> the attribute."""
    module_name, _, attribute = dotted.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attribute) if attribute else module


def _loaded_registry() -> Registry:
    global _loaded
    if not _loaded:
        from .stages import load_stages

        load_stages()
        _loaded = True
    return REGISTRY


def _refuse_duplicate(what: str, name: str, taken) -> None:
    if name in taken:
        raise ValueError(
            f"{what} {name!r} is registered twice: each stage must use its own names "
            "(see STAGES in bodycam/stages.py)"
        )


# Registration: called by each stage's stage.py when bodycam/stages.py imports it.


def register_job_kind(
    name: str,
    handler: JobHandler | SplitJob,
    *,
    owns_footage_status: bool = False,
    permission: str | Callable[[dict], str] | None = None,
) -> None:
    """``handler`` is a :data:`JobHandler`, or a :class:`SplitJob` whose compute part may
    run on a Dask worker (its handler is then ``SplitJob.run``). ``permission``: see
    :attr:`JobKind.permission` (``models.jobs.request`` checks it)."""
    _refuse_duplicate("job kind", name, REGISTRY.job_kinds)
    if isinstance(handler, SplitJob):
        kind = JobKind(name, handler.run, owns_footage_status, handler, permission)
    else:
        kind = JobKind(name, handler, owns_footage_status, permission=permission)
    REGISTRY.job_kinds[name] = kind


def register_media_kind(
    name: str,
    media_type: str,
    locate: Callable[[Store, int], str | None] | None = None,
    *,
    footage_of: Callable[[Store, int], int | None] | None = None,
) -> None:
    _refuse_duplicate("media kind", name, REGISTRY.media_kinds)
    REGISTRY.media_kinds[name] = MediaKind(name, media_type, locate, footage_of)


def register_cli(module: str) -> None:
    """A module whose ``COMMANDS`` tuple holds click commands of the ``bodycam`` command."""
    _refuse_duplicate("CLI module", module, REGISTRY.cli_modules)
    REGISTRY.cli_modules.append(module)


def register_page(page: Page) -> None:
    _refuse_duplicate("page", page.url_path, {p.url_path for p in REGISTRY.pages})
    unknown = [role for role in page.roles if role not in USER_ROLES]
    if unknown:
        raise ValueError(
            f"page {page.title!r} names unknown roles {unknown}: use roles from "
            f"bodycam.core.vocabulary.USER_ROLES {USER_ROLES}"
        )
    REGISTRY.pages.append(page)


def snapshot() -> Registry:
    """A copy of the loaded registries, for a test that registers a stage and then
    ``restore``s them."""
    loaded = _loaded_registry()
    return Registry(
        dict(loaded.job_kinds),
        dict(loaded.media_kinds),
        list(loaded.cli_modules),
        list(loaded.pages),
    )


def restore(saved: Registry) -> None:
    REGISTRY.job_kinds, REGISTRY.media_kinds = saved.job_kinds, saved.media_kinds
    REGISTRY.cli_modules, REGISTRY.pages = saved.cli_modules, saved.pages


# Look-ups: what the worker, the media route, the CLI and the router call.


def job_kind(name: str) -> JobKind:
    kinds = _loaded_registry().job_kinds
    if name not in kinds:
        raise BodycamError(
            f"unknown job kind {name!r}: this version runs {', '.join(sorted(kinds))}; "
            "a newer version may have queued it"
        )
    return kinds[name]


def owns_footage_status(job_kind_name: str) -> bool:
    """Whether a failure of this kind of job is its footage's failure (False for a kind this
    version does not know, whose failure says nothing about the footage)."""
    kind = _loaded_registry().job_kinds.get(job_kind_name)
    return kind is not None and kind.owns_footage_status


def media_kind(name: str) -> MediaKind | None:
    return _loaded_registry().media_kinds.get(name)


def media_kinds() -> dict[str, MediaKind]:
    return dict(_loaded_registry().media_kinds)


def cli_modules() -> list[str]:
    return list(_loaded_registry().cli_modules)


def pages() -> list[Page]:
    return list(_loaded_registry().pages)


def page(url_path: str) -> Page:
    for candidate in _loaded_registry().pages:
        if candidate.url_path == url_path:
            return candidate
    raise KeyError(f"no page at /{url_path}: registered pages are in bodycam/*/stage.py")
