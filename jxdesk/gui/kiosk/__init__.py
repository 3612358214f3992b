"""Kiosk mode (`jxdesk --kiosk`): a touch screen, full screen, for anyone who walks up.

Qt-free: `flow` (the steps), `entry` (what the keypad types), `words`, `config`, `style`.
Qt: `pictures`, `keypad`, `idle`, `pages`, `window`, `run`. See docs/kiosk.md.
"""
