"""What the commands share: the group that turns library errors into one line, and common options."""

from __future__ import annotations

import click

from policykg.core.errors import PolicyKGError
from policykg.queries.store import damaged_store_message

__all__ = ["AUTH_HELP", "PolicyKGGroup", "split_params"]

AUTH_HELP = ("authentication scheme for the credentials in POLICYKG_ENDPOINT_USER / POLICYKG_ENDPOINT_PASSWORD "
             "(default: POLICYKG_ENDPOINT_AUTH or basic)")


class PolicyKGGroup(click.Group):
    """A group that turns library errors into one clear line and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except PolicyKGError as exc:
            raise click.ClickException(str(exc)) from None
        except BrokenPipeError:   # the reader stopped early (`| head`): Click ends the command quietly (exit 1)
            raise
        except (FileNotFoundError, FileExistsError, IsADirectoryError, PermissionError, NotADirectoryError) as exc:
            raise click.ClickException(f"{exc.strerror}: {exc.filename}") from None
        except (OSError, RuntimeError) as exc:   # a store found damaged while it is read; the disk full
            damaged = damaged_store_message(exc)
            if damaged:
                raise click.ClickException(damaged) from None
            if isinstance(exc, OSError) and exc.strerror:
                raise click.ClickException(f"{exc.strerror}" + (f": {exc.filename}" if exc.filename else "")) from None
            raise


def split_params(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    """``KEY=VALUE`` options into a dict; a usage error for anything else."""
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{item!r}: use KEY=VALUE")
        params[key.strip()] = value
    return params
