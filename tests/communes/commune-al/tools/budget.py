"""Budget documents built from data.P, data.EAU and data.DM, balanced, plus the sums the questions use."""
from decimal import Decimal, ROUND_HALF_UP

import data

D = Decimal


def q(x):
    return D(str(x)).quantize(D("0.01"), rounding=ROUND_HALF_UP)


def fr(x):
    """French amount: 1 234 567,89 €"""
    x = q(x)
    neg = x < 0
    s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
    return ("-" if neg else "") + s + " €"


def fr0(x):
    """French amount without decimals when round: 48 600 €"""
    x = q(x)
    if x == x.to_integral_value():
        return f"{int(x):,}".replace(",", " ") + " €"
    return fr(x)


class Line:
    __slots__ = ("budget", "nature", "chap", "label", "sec", "dr", "ro", "bp", "caprev", "careal")

    def __init__(self, budget, t):
        self.budget = budget
        (self.nature, self.chap, self.label, self.sec, self.dr, self.ro, bp, caprev, careal) = t
        self.bp = None if bp is None else q(bp)
        self.caprev = q(caprev)
        self.careal = q(careal)


def _lines(budget, table):
    return [Line(budget, t) for t in table]


def _find(lines, nature, dr):
    for l in lines:
        if l.nature == nature and l.dr == dr:
            return l
    raise KeyError(nature)


def _sum(lines, attr, **flt):
    tot = D(0)
    for l in lines:
        if all(getattr(l, k) == v for k, v in flt.items()):
            v = getattr(l, attr)
            tot += v if v is not None else 0
    return tot


def build():
    P = _lines("P", data.P)
    E = _lines("E", data.EAU)

    # --- CA 2025 of the budget principal: results
    fr_rec = _sum([l for l in P if l.nature != "002"], "careal", sec="F", dr="R")
    fr_dep = _sum(P, "careal", sec="F", dr="D")
    res_exercice = fr_rec - fr_dep
    rep_002_2025 = _find(P, "002", "R").careal
    res_cumule = res_exercice + rep_002_2025
    inv_rec = _sum(P, "careal", sec="I", dr="R")
    inv_dep = _sum([l for l in P if l.nature != "001"], "careal", sec="I", dr="D")
    solde_inv = inv_rec - inv_dep          # 2025 had no 001 carried over
    aff_1068 = _find(P, "1068", "R").bp
    rep_002_2026 = res_cumule - aff_1068

    # --- BP 2026 of the budget principal: carried-over results, then balance
    _find(P, "002", "R").bp = rep_002_2026
    _find(P, "001", "D").bp = -solde_inv if solde_inv < 0 else D(0)
    f_rec = _sum(P, "bp", sec="F", dr="R")
    f_dep = _sum([l for l in P if l.nature != "023"], "bp", sec="F", dr="D")
    vir = f_rec - f_dep
    _find(P, "023", "D").bp = vir
    _find(P, "021", "R").bp = vir
    i_rec = _sum(P, "bp", sec="I", dr="R")
    i_dep = _sum([l for l in P if l.nature != "231"], "bp", sec="I", dr="D")
    _find(P, "231", "D").bp = i_rec - i_dep
    assert _find(P, "231", "D").bp > 0, _find(P, "231", "D").bp

    # --- annexe
    f_rec = _sum(E, "bp", sec="F", dr="R")
    f_dep = _sum([l for l in E if l.nature != "023"], "bp", sec="F", dr="D")
    _find(E, "023", "D").bp = f_rec - f_dep
    _find(E, "021", "R").bp = f_rec - f_dep
    i_rec = _sum(E, "bp", sec="I", dr="R")
    i_dep = _sum([l for l in E if l.nature != "21532"], "bp", sec="I", dr="D")
    _find(E, "21532", "D").bp = i_rec - i_dep
    assert _find(E, "21532", "D").bp > 0

    info = dict(
        ca_res_exercice=res_exercice, ca_res_cumule=res_cumule, ca_solde_inv=solde_inv,
        rep_002_2026=rep_002_2026, aff_1068=aff_1068,
        bp_f_total=_sum(P, "bp", sec="F", dr="R"), bp_i_total=_sum(P, "bp", sec="I", dr="R"),
        bp_f_total_dep=_sum(P, "bp", sec="F", dr="D"), bp_i_total_dep=_sum(P, "bp", sec="I", dr="D"),
        eau_f_total=_sum(E, "bp", sec="F", dr="R"), eau_i_total=_sum(E, "bp", sec="I", dr="R"),
    )
    assert info["bp_f_total"] == info["bp_f_total_dep"], info
    assert info["bp_i_total"] == info["bp_i_total_dep"], info
    return P, E, info


P_LINES, E_LINES, INFO = build()


def amount(doc, budget="P", chap=None, nature=None, dr=None, sec=None, reel=True, exclude_reports=True):
    """Sum the réel lines of one document: doc in {'BP2026', 'CA2025', 'DM2026'}."""
    if doc == "DM2026":
        tot = D(0)
        for (b, nat, ch, _lab, s, d, ro, amt) in data.DM:
            if b != budget or (reel and ro != "R"):
                continue
            if chap and ch != chap or nature and nat != nature or dr and d != dr or sec and s != sec:
                continue
            tot += q(amt)
        return tot
    lines = P_LINES if budget == "P" else E_LINES
    attr = "bp" if doc == "BP2026" else "careal"
    tot = D(0)
    n = 0
    for l in lines:
        if reel and l.ro != "R":
            continue
        if exclude_reports and nature is None and l.nature in ("001", "002"):
            continue
        if chap and l.chap != chap or nature and l.nature != nature or dr and l.dr != dr or sec and l.sec != sec:
            continue
        tot += getattr(l, attr)
        n += 1
    assert n, (doc, budget, chap, nature)
    return tot
