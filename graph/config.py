"""warkg's config file: the settings a team keeps beside its articles, in TOML.

    # warkg.toml
    gazetteers = ["sudan-actors.csv", "darfur-towns.tsv"]  # paths relative to this file

``warkg build``, ``extract`` and ``load`` read the file given with ``--config``, or ``warkg.toml`` in
the current folder when there is one. Gazetteers given with ``--gazetteer`` are added to the file's.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from graph.errors import WarkgError

DEFAULT_CONFIG = "warkg.toml"
KEYS = ("gazetteers",)


class ConfigError(WarkgError):
    """A config file that cannot be used."""


@dataclass(frozen=True)
class Config:
    gazetteers: tuple[Path, ...] = ()
    path: Path | None = None  # the file it was read from


def read_config(path: str | Path) -> Config:
    """The settings in one config file (gazetteer paths resolved against its folder)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError("no such config file", path) from None
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"not valid TOML ({err})", path) from None
    except OSError as err:
        raise ConfigError(err.strerror or str(err), path) from None
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise ConfigError(f"unknown setting {unknown[0]!r} (settings: {', '.join(KEYS)})", path)
    gazetteers = data.get("gazetteers", [])
    if not isinstance(gazetteers, list) or not all(isinstance(g, str) for g in gazetteers):
        raise ConfigError("gazetteers must be a list of file paths", path)
    return Config(gazetteers=tuple(path.parent / g for g in gazetteers), path=path)


def find_config(explicit: str | Path | None = None, folder: str | Path = ".") -> Config:
    """The config given, else ``warkg.toml`` in ``folder`` if it exists, else no settings."""
    if explicit is not None:
        return read_config(explicit)
    default = Path(folder) / DEFAULT_CONFIG
    return read_config(default) if default.is_file() else Config()


def apply_settings(config: Config, gazetteers=()) -> int:
    """Put the config's gazetteers and these further ones to use for this process; returns how many
    user gazetteer rows are in use."""
    from graph.gazetteer import use_user_gazetteers

    return use_user_gazetteers([*config.gazetteers, *(Path(g) for g in gazetteers)])
