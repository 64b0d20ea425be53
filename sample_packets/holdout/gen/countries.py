"""How the identity page of each country's passport is labelled (invented layouts, real label wording)."""

from __future__ import annotations


def _labels(pairs):
    keys = ["type", "code", "number", "surname", "given", "nationality", "sex", "dob", "pob", "issue", "expiry", "authority", "personal"]
    return dict(zip(keys, pairs))


PRT = dict(issuer="PRT", name_line="República Portuguesa", doc_line="Passaporte · Passport · Passeport", labels=_labels([
    "Tipo / Type", "Código / Code", "Passaporte N.º / Passport No.", "Apelido / Surname / Nom", "Nome próprio / Given names / Prénoms",
    "Nacionalidade / Nationality", "Sexo / Sex", "Data de nascimento / Date of birth", "Local de nascimento / Place of birth",
    "Data de emissão / Date of issue", "Válido até / Date of expiry", "Autoridade / Authority", ""]))

GRC = dict(issuer="GRC", name_line="Ελληνική Δημοκρατία · Hellenic Republic", doc_line="Διαβατήριο · Passport", labels=_labels([
    "Τύπος / Type", "Κωδ. / Code", "Αρ. διαβατηρίου / Passport No.", "Επώνυμο / Surname", "Όνομα / Given names",
    "Ιθαγένεια / Nationality", "Φύλο / Sex", "Ημερ. γέννησης / Date of birth", "Τόπος γέννησης / Place of birth",
    "Ημερ. έκδοσης / Date of issue", "Ισχύει έως / Date of expiry", "Αρχή έκδοσης / Issuing authority", ""]))

SVN = dict(issuer="SVN", name_line="Republika Slovenija · Republic of Slovenia", doc_line="Potni list · Passport", labels=_labels([
    "Vrsta / Type", "Koda / Code", "Št. potnega lista / Passport No.", "Priimek / Surname / Nom", "Ime / Given names / Prénoms",
    "Državljanstvo / Nationality", "Spol / Sex", "Datum rojstva / Date of birth", "Kraj rojstva / Place of birth",
    "Datum izdaje / Date of issue", "Velja do / Date of expiry", "Izdal / Authority", ""]))

SVK = dict(issuer="SVK", name_line="Slovenská republika · Slovak Republic", doc_line="Cestovný pas · Passport", labels=_labels([
    "Typ / Type", "Kód / Code", "Číslo pasu / Passport No.", "Priezvisko / Surname", "Meno / Given names", "Štátne občianstvo / Nationality",
    "Pohlavie / Sex", "Dátum narodenia / Date of birth", "Miesto narodenia / Place of birth", "Dátum vydania / Date of issue",
    "Platnosť do / Date of expiry", "Vydal / Authority", "Rodné číslo / Personal No."]))

CZE = dict(issuer="CZE", name_line="Česká republika · Czech Republic", doc_line="Cestovní pas · Passport", labels=_labels([
    "Typ / Type", "Kód / Code", "Číslo pasu / Passport No.", "Příjmení / Surname", "Jméno / Given names", "Státní občanství / Nationality",
    "Pohlaví / Sex", "Datum narození / Date of birth", "Místo narození / Place of birth", "Datum vydání / Date of issue",
    "Platnost do / Date of expiry", "Úřad / Authority", "Rodné číslo / Personal No."]))

AUT = dict(issuer="AUT", name_line="Republik Österreich · Republic of Austria", doc_line="Reisepass · Passport · Passeport", labels=_labels([
    "Typ / Type", "Code", "Pass-Nr. / Passport No.", "Name / Surname / Nom", "Vornamen / Given names / Prénoms",
    "Staatsangehörigkeit / Nationality", "Geschlecht / Sex", "Geburtsdatum / Date of birth", "Geburtsort / Place of birth",
    "Ausstellungsdatum / Date of issue", "Gültig bis / Date of expiry", "Behörde / Authority", ""]))

LTU = dict(issuer="LTU", name_line="Lietuvos Respublika · Republic of Lithuania", doc_line="Pasas · Passport", labels=_labels([
    "Tipas / Type", "Kodas / Code", "Paso Nr. / Passport No.", "Pavardė / Surname", "Vardas / Given names", "Pilietybė / Nationality",
    "Lytis / Sex", "Gimimo data / Date of birth", "Gimimo vieta / Place of birth", "Išdavimo data / Date of issue",
    "Galioja iki / Date of expiry", "Išdavė / Authority", "Asmens kodas / Personal No."]))

SWE = dict(issuer="SWE", name_line="Konungariket Sverige · Kingdom of Sweden", doc_line="Pass · Passport", labels=_labels([
    "Typ / Type", "Kod / Code", "Passnummer / Passport No.", "Efternamn / Surname", "Förnamn / Given names", "Nationalitet / Nationality",
    "Kön / Sex", "Födelsedatum / Date of birth", "Födelseort / Place of birth", "Utfärdandedatum / Date of issue",
    "Giltig t.o.m. / Date of expiry", "Myndighet / Authority", "Personnummer / Personal No."]))

DEU = dict(issuer="D", name_line="Bundesrepublik Deutschland · Federal Republic of Germany", doc_line="Reisepass · Passport · Passeport", labels=_labels([
    "Typ / Type", "Kode / Code", "Pass-Nr. / Passport No.", "Name / Surname / Nom", "Vornamen / Given names / Prénoms",
    "Staatsangehörigkeit / Nationality", "Geschlecht / Sex", "Geburtstag / Date of birth", "Geburtsort / Place of birth",
    "Ausstellungsdatum / Date of issue", "Gültig bis / Date of expiry", "Behörde / Authority", ""]))

EST = dict(issuer="EST", name_line="Eesti Vabariik · Republic of Estonia", doc_line="Pass · Passport", labels=_labels([
    "Tüüp / Type", "Kood / Code", "Passi nr / Passport No.", "Perekonnanimi / Surname", "Eesnimed / Given names",
    "Kodakondsus / Nationality", "Sugu / Sex", "Sünniaeg / Date of birth", "Sünnikoht / Place of birth",
    "Väljaandmise kuupäev / Date of issue", "Kehtiv kuni / Date of expiry", "Väljaandja / Authority", "Isikukood / Personal No."]))
