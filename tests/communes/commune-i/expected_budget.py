#!/usr/bin/env python3
"""Montants attendus des questions « budget » de Tréganval, calculés depuis files/ (FORMATS §5).

Règles : compte administratif → BGT_MTREAL (vide = 0) ; seules les lignes « réel » comptent ; 001 et 002
(résultats reportés) sont hors des totaux et donnés à part ; budget principal = SIRET du commune.yml ;
le budget annexe du camping seulement quand il est nommé. Un seul document par budget (CA 2025), donc
aucun risque de mélanger BP et CA.
"""
import csv
from pathlib import Path

FILES = Path(__file__).resolve().parent / "files"
REPORTS = {"001", "002"}


def load(name):
    with open(FILES / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def amount(row):
    v = row["BGT_MTREAL"].strip()
    return float(v) if v else 0.0


def fr(x):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return s + " €"


def total(rows, section=None, sens=None, chap=None, nature=None):
    t = 0.0
    for r in rows:
        if r["BGT_OPBUDG"] != "réel" or r["BGT_NATURE"] in REPORTS:
            continue
        if section and r["BGT_SECTION"] != section:
            continue
        if sens and r["BGT_CODRD"] != sens:
            continue
        if chap and r["BGT_CONTNAT"] != chap:
            continue
        if nature and r["BGT_NATURE"] != nature:
            continue
        t += amount(r)
    return round(t, 2)


def report(rows, nature):
    return round(sum(amount(r) for r in rows if r["BGT_NATURE"] == nature), 2)


def facts():
    p = load("budget_principal_CA_2025.csv")
    c = load("budget_camping_CA_2025.csv")
    F, I, D, R = "fonctionnement", "investissement", "dépense", "recette"
    prev_012 = sum(float(r["BGT_MTPREV"]) for r in p if r["BGT_CONTNAT"] == "012")
    return {
        "principal fonctionnement dépenses réelles": total(p, F, D),
        "principal fonctionnement recettes réelles": total(p, F, R),
        "principal investissement dépenses réelles (hors 001)": total(p, I, D),
        "principal investissement recettes réelles": total(p, I, R),
        "chapitre 011 charges à caractère général": total(p, chap="011"),
        "chapitre 012 charges de personnel": total(p, chap="012"),
        "chapitre 012 prévu (à ne pas donner)": round(prev_012, 2),
        "chapitre 65 autres charges de gestion courante": total(p, chap="65"),
        "chapitre 74 dotations et participations": total(p, chap="74"),
        "chapitre 21 immobilisations corporelles": total(p, chap="21"),
        "compte 60612 électricité": total(p, nature="60612"),
        "compte 60623 alimentation": total(p, nature="60623"),
        "compte 65748 subventions associations": total(p, nature="65748"),
        "compte 1641 dépense remboursement capital": total(p, I, D, nature="1641"),
        "compte 1641 recette emprunt nouveau": total(p, I, R, nature="1641"),
        "compte 66111 intérêts": total(p, nature="66111"),
        "compte 73111 impôts directs locaux": total(p, nature="73111"),
        "compte 7411 dotation forfaitaire (DGF)": total(p, nature="7411"),
        "compte 2151 réseaux de voirie": total(p, nature="2151"),
        "compte 6232 fêtes et cérémonies": total(p, nature="6232"),
        "002 résultat de fonctionnement reporté (principal)": report(p, "002"),
        "001 solde d'investissement reporté (principal, dépense)": report(p, "001"),
        "camping fonctionnement recettes réelles": total(c, F, R),
        "camping fonctionnement dépenses réelles": total(c, F, D),
        "camping compte 60612 électricité": total(c, nature="60612"),
        "camping 002 reporté": report(c, "002"),
    }


if __name__ == "__main__":
    for k, v in facts().items():
        print(f"{k:60s} {fr(v)}")
