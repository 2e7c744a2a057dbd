"""Words the grammar rules share: the verbs that open a directive."""

from __future__ import annotations

import re

#: Verbs an officer's directive opens with ("Show me your hands", "Pick up the board").
DIRECTIVE_VERBS = frozenset(
    re.findall(
        r"\w+",
        "show put get drop step stop turn sit stand keep hand give stay move back walk face "
        "place lie lay calm relax open roll shut raise lift interlock cross kneel spread exit "
        "leave take answer release freeze hurry wait pull remove unlock set throw toss empty "
        "quiet let pick grab quit cut knock bring follow lower hold come go "
        # Orders about the body and the scene that the list lacked (session 7).
        "breathe settle slow sign pay clear watch mind "
        # A stop's orders the list lacked (session 26).
        "lean switch spin pop hop pass fetch listen "
        # Orders the labelled splits gave that no rule read (session 41): 26 lines coded
        # commands, 1 not ("Push me an ambulance" to the control room).
        "kill blow pour swing sip swap shuffle tip duck push press fill dial bin "
        # And session 52's (fresh41-fresh50): every officer line opening with one is coded a
        # command ("Climb down from the cab", "Unzip it", "Lock the side door", "Pack up").
        "climb unzip lock pack",
    )
)
