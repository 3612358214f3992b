"""Kiosk mode (`jxdesk --kiosk`): a touch screen, full screen, for anyone who walks up.

Qt-free: `flow` (the steps), `family` (the family branch's answers), `cards` (the result's
three cards as words), `explain`, `entry` (what the keypad types), `words`, `catalogue`,
`config`, `style`. Qt: `base`, `choices`, `amounts`, `result`, `reading`, `book` (the
pages), `pictures`, `keypad`, `guard`, `idle`, `window`, `run`. See docs/kiosk.md.
"""
