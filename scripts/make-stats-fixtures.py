#!/usr/bin/env python3
"""Writes the statistics-import test fixtures (crates/safeplan-core/tests/fixtures/stats/).

Made here rather than downloaded, from the formats' published descriptions, so that each encoding
and separator is exactly what the tests say it is. The workbooks are written as the smallest zip
files that Excel's and OpenDocument's formats allow, with no library. Run from the repository root;
the files are committed, so this is needed only to change them.
"""
import os
import zipfile

OUT = "crates/safeplan-core/tests/fixtures/stats"


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


# PX in Windows-1252: two stub variables, two heading variables, every data mark, a continued
# string, a language-tagged copy that must be ignored.
PX = '''CHARSET="ANSI";
AXIS-VERSION="2013";
LANGUAGE="sv";
LANGUAGES="sv","en";
CREATION-DATE="20240321 09:00";
DECIMALS=1;
MATRIX="BRA01";
SUBJECT-AREA="Rättsväsende";
SUBJECT-CODE="RV";
DESCRIPTION="Anmälda brott efter region, brottstyp, kön och år";
TITLE="Anmälda brott efter region, brottstyp, kön och år";
TITLE[en]="Reported offences by region, offence, sex and year";
CONTENTS="Anmälda brott";
UNITS="antal";
STUB="region","brottstyp";
HEADING="kön","år";
VALUES("region")="Malmö","Göteborg";
VALUES[en]("region")="Malmo","Gothenburg";
VALUES("brottstyp")="Skjutningar","Misshandel";
VALUES("kön")="män","kvinnor";
VALUES("år")="2019","2020",
"2021";
TIMEVAL("år")=TLIST(A1),"2019","2020","2021";
CODES("region")="1280","1480";
CODES("brottstyp")="SK","MH";
CODES("kön")="1","2";
CODES("år")="2019","2020","2021";
LAST-UPDATED="20240321 09:00";
SOURCE="Brottsförebyggande "
"rådet (Brå)";
DATASYMBOL1="Kan inte förekomma";
DATASYMBOL2="Uppgift för osäker för att anges";
DATASYMBOL3="Uppgift saknas";
DATASYMBOL4="Uppgift saknas (4)";
DATASYMBOL5="Uppgift saknas (5)";
DATASYMBOL6="Sekretessbelagd";
DATASYMBOLNIL="Inget finns att redovisa";
NOTE="En anmärkning#på två rader";
DATA=
65 40 20 "-" 1 ".."
1234.5 1200 "." 800 ":" 790
"..." "...." "....." "......" 3 4
2000 2100 2200 1900 1950 123456789.12345679;
'''
write("offences.px", PX.replace("\n", "\r\n").encode("cp1252"))

write("jsonstat2.json", '''{
  "version": "2.0",
  "class": "dataset",
  "label": "Upplevd otrygghet",
  "source": "Malmö stad, trygghetsundersökningen",
  "updated": "2024-02-15T08:00:00Z",
  "id": ["omrade", "matt", "tid"],
  "size": [2, 1, 4],
  "role": {"time": ["tid"], "geo": ["omrade"], "metric": ["matt"]},
  "dimension": {
    "omrade": {"label": "område", "category": {"index": {"rosengard": 0, "centrum": 1},
      "label": {"rosengard": "Rosengård", "centrum": "Centrum"}}},
    "matt": {"label": "mått", "category": {"label": {"andel": "Andel otrygga (%)"}, "unit": {"andel": {"label": "procent"}}}},
    "tid": {"label": "år", "category": {"index": ["2019", "2020", "2021", "2022"]}}
  },
  "value": {"0": 41.5, "1": 40.25, "3": null, "4": 12, "5": 11.5, "6": 11, "7": 10.5},
  "status": {"1": "p", "2": "..", "3": "Sekretess"}
}
'''.encode("utf-8"))

write("jsonstat1.json", '''{"dataset": {
  "label": "Anmälda brott per kvartal",
  "source": "Statistics Norway",
  "updated": "2023-11-30",
  "dimension": {
    "Region": {"label": "region", "category": {"index": {"0301": 0, "3807": 1}, "label": {"0301": "Oslo", "3807": "Skien"}}},
    "ContentsCode": {"label": "statistikkvariabel", "category": {"index": {"Lovbrudd": 0}, "label": {"Lovbrudd": "Anmeldte lovbrudd"}}},
    "Tid": {"label": "kvartal", "category": {"index": {"2023K1": 0, "2023K2": 1, "2023K3": 2}, "label": {"2023K1": "2023K1", "2023K2": "2023K2", "2023K3": "2023K3"}}},
    "id": ["Region", "ContentsCode", "Tid"],
    "size": [2, 1, 3],
    "role": {"time": ["Tid"], "metric": ["ContentsCode"], "geo": ["Region"]}
  },
  "value": [12034, 11876.5, null, 412, null, 398],
  "status": [null, null, "..", null, ":", null]
}}
'''.encode("utf-8"))

# CSV: UTF-8 with BOM, semicolons, CRLF, a long table with a year column, spaces between
# thousands, decimal commas, a quoted header with a line break, and Brå's marks.
write("bra-utf8-bom-semicolon.csv", ("\ufeff"
    'Kommun;År;Antal;"Per 100 000\r\ninv."\r\n'
    "Ale;2022;1 234;4 012,5\r\n"
    "Ale;2023;1 301;4 100,25\r\n"
    "Malmö;2022;Sekretess;Uppgift saknas\r\n"
    "Malmö;2023;45 678;12 345,6\r\n"
    "Malung–Sälen;2022;..;XX\r\n"
    "Malung–Sälen;2023;310;3 100\r\n").encode("utf-8"))

# UTF-8 without BOM, commas, a wide table whose headers are the years; figures quoted where they
# hold a decimal comma.
write("wide-utf8-comma.csv", (
    "Region,2019,2020,2021\n"
    'Malmö,"1 234,5",NA,12\n'
    'Göteborg,"2 001,75",2100,-\n').encode("utf-8"))

# Windows-1252, tabs, decimal commas, a non-breaking space between thousands, no header row.
write("survey-cp1252-tab.csv", (
    "Rosengård\t2019K1\t61,5\t1\u00a0204\n"
    "Rosengård\t2019K2\t63,25\tUppgift saknas\n"
    "Södra Innerstaden\t2019K1\t80\t2\u00a0000\n").encode("cp1252"))

# Windows-1252, semicolons, decimal commas, Norway's NA.
write("oslo-cp1252-semicolon.csv", (
    "Bydel;År;Anmeldte lovbrudd\n"
    "Grünerløkka;2021;3 456\n"
    "Grünerløkka;2022;NA\n"
    "Grünerløkka;2023;3 210,5\n").encode("cp1252"))


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


SHEET_ROWS = [
    ["Upplevd trygghet per stadsdel"],
    [],
    ["Stadsdel", 2019, 2020, 2021],
    ["Rosengård", 61.5, 63.25, "XX"],
    ["Centrum", 80, 81.5, 123456789.12345679],
]


def col(n):
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx():
    rows = []
    for r, row in enumerate(SHEET_ROWS, start=1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, str):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{xml_escape(v)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{v!r}</v></c>')
        rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(rows)}</sheetData></worksheet>')
    notes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Källa: Malmö stad</t></is></c></row>'
             '</sheetData></worksheet>')
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        '<sheet name="Källa" sheetId="2" r:id="rId2"/>'
        '<sheet name="Tabell 1" sheetId="1" r:id="rId1"/>'
        '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>'
        '</Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/worksheets/sheet2.xml": notes,
    }
    with zipfile.ZipFile(os.path.join(OUT, "safety-survey.xlsx"), "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text)


def ods():
    rows = []
    for row in SHEET_ROWS:
        cells = []
        for v in row:
            if isinstance(v, str):
                cells.append(f'<table:table-cell office:value-type="string"><text:p>{xml_escape(v)}</text:p></table:table-cell>')
            else:
                cells.append(f'<table:table-cell office:value-type="float" office:value="{v!r}"><text:p>{v}</text:p></table:table-cell>')
        rows.append(f'<table:table-row>{"".join(cells) or "<table:table-cell/>"}</table:table-row>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:spreadsheet>'
               f'<table:table table:name="Tabell 1">{"".join(rows)}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    with zipfile.ZipFile(os.path.join(OUT, "safety-survey.ods"), "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.spreadsheet")
        for name, text in [("META-INF/manifest.xml", manifest), ("content.xml", content)]:
            info = zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text)


xlsx()
ods()

# Malformed files, one of each kind, each with a known place of failure.
write("broken-data-count.px", PX.replace('2000 2100 2200 1900 1950 123456789.12345679;', '2000 2100 2200 1900 1950;').encode("cp1252"))
write("broken-data-token.px", PX.replace('1234.5 1200', '1234.5 twelve').encode("cp1252"))
write("broken-index.json", b'{"version":"2.0","class":"dataset","id":["a","t"],"size":[1,2],'
      b'"dimension":{"a":{"category":{"index":["x"]}},"t":{"category":{"index":{"2020":0,"2021":5}}}},"value":[1,2]}')
write("broken-syntax.json", b'{"version":"2.0",\n "class": "dataset",\n "id": [\n')
write("broken-rows.csv", "Kommun;År;Antal\nAle;2022;12\nAle;2023;13;14\n".encode("utf-8"))
write("broken.xlsx", b"PK\x03\x04 this is not really a workbook")
