"""Clocher's web console for the mairie: clerks keep the knowledge base, admins retrain the model.

Built on the other packages' public APIs — `knowledge` for the base, `nlu` for models, the conversation
core for « what would the bot answer » — with its own small SQLite file for accounts, sessions and the
audit log. Start it with `python run_bot.py --web`; create the first admin with
`python -m web create-admin NOM`.
"""

from .app import WebSettings, create_app
from .server import DEFAULT_ADDRESS, parse_address, serve

__all__ = ["WebSettings", "create_app", "serve", "parse_address", "DEFAULT_ADDRESS"]
