"""Channels carry messages between residents and the conversation core (`bot.conversation`).

Each channel only reads what arrives, calls the core, and renders the channel-neutral `Reply`;
no answer logic lives here.
"""
