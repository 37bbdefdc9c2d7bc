"""The generated ``__init__``/``to_dict`` of the mention records (``models._record``)
behave as the dataclass ones they replace, and ``replaced`` as ``dataclasses.replace``."""

from __future__ import annotations

import dataclasses

import pytest

from ttcorpus.models import (
    Agency,
    DateMention,
    DocRef,
    DocRelation,
    Person,
    Removed,
    _as_dict,
    replaced,
)

EXAMPLES = [
    Removed(3, "Chia sẻ", "share"),
    DateMention("ngày 2/9/1945", 0, 13, "1945-09-02"),
    Person("Đồng chí Võ Văn Thưởng", 0, 22, "Võ Văn Thưởng", ("Đồng chí",)),
    Agency("UBND tỉnh", 5, 14, "Ủy ban nhân dân tỉnh"),
    DocRef("Nghị định 15/2020/NĐ-CP", 0, 23, "Nghị định", "15", code="NĐ-CP",
           warnings=("a warning",)),
    DocRelation("implements", 1, 0, "triển khai", 40, 50),
]


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda o: type(o).__name__)
def test_to_dict_is_the_generic_one(obj: object) -> None:
    assert obj.to_dict() == _as_dict(obj)  # type: ignore[attr-defined]
    assert list(obj.to_dict()) == [f.name for f in dataclasses.fields(obj)]  # type: ignore


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda o: type(o).__name__)
def test_init_by_keyword_and_position_and_defaults(obj: object) -> None:
    values = {f.name: getattr(obj, f.name) for f in dataclasses.fields(obj)}  # type: ignore
    cls = type(obj)
    assert cls(**values) == obj == cls(*values.values())
    assert hash(cls(**values)) == hash(obj)
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(obj, next(iter(values)), None)


def test_defaults_and_missing_arguments() -> None:
    ref = DocRef("Chỉ thị 36", 0, 10, "Chỉ thị", "36")
    assert (ref.code, ref.issuer, ref.warnings) == (None, None, ())
    with pytest.raises(TypeError):
        Person("Tô Lâm", 0, 6)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Agency("Bộ", 0, 2, "Bộ", None, "extra")  # type: ignore[call-arg]


@pytest.mark.parametrize("obj", EXAMPLES, ids=lambda o: type(o).__name__)
def test_replaced_is_dataclasses_replace(obj: object) -> None:
    first = dataclasses.fields(obj)[0].name  # type: ignore[arg-type]
    change = {first: getattr(obj, first) * 2}
    assert replaced(obj, **change) == dataclasses.replace(obj, **change)  # type: ignore
    assert replaced(obj) == obj
