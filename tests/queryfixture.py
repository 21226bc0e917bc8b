"""Parameters the catalogue tests pass to each query of the hand-made fixture (tests/data/queries/fixture.trig)."""

PARAMS = {
    "actor": {"actor": "Công an nhân dân"},
    "actors-by-kind": {"kind": "ArmedForce"},
    "path": {"from": "actor:cong-an-tinh-son-la", "to": "actor:quan-doi-nhan-dan"},
    "document-diff": {"a": "09-CT/TW", "b": "182/KH-UBND"},
    "evidence": {"item": "pkgid:ct09-nhandan-2023-12-09/task/2"},
}
