"""Invented publication records (titles, journals, DOIs are fictional)."""
from __future__ import annotations

from dataclasses import dataclass

from .people import Applicant


@dataclass
class Pub:
    authors: str
    title: str
    journal: str
    year: int
    volume: str
    pages: str
    doi: str

    def vancouver(self) -> str:
        return f"{self.authors}. {self.title}. {self.journal}. {self.year};{self.volume}:{self.pages}. doi:{self.doi}"

    def apa_like(self) -> str:
        return f"{self.authors} ({self.year}). {self.title}. {self.journal}, {self.volume}, {self.pages}. https://doi.org/{self.doi}"


POOLS: dict[str, list[Pub]] = {
    "onco": [
        Pub("Müller-Łukasiewicz Z, Kretschmer S, Brandt T, Halbach D",
            "CT radiomics of colorectal liver metastases for the prediction of response to first-line chemotherapy: a two-centre study",
            "Eur Radiol", 2022, "32(6)", "4112-4123", "10.1007/s00330-021-08457-3"),
        Pub("Müller-Łukasiewicz Z, Weiß J, Kretschmer S, et al.",
            "Reproducibility of radiomic features across CT reconstruction kernels in the liver",
            "Insights Imaging", 2021, "12", "164", "10.1186/s13244-021-01105-8"),
        Pub("Kretschmer S, Müller-Łukasiewicz Z, Özdemir A, et al.",
            "Whole-body MRI versus CT for staging of multiple myeloma: impact on treatment decisions",
            "Eur J Radiol", 2022, "148", "110167", "10.1016/j.ejrad.2022.110167"),
        Pub("Brandt T, Müller-Łukasiewicz Z, Halbach D",
            "Automated segmentation of liver metastases on portal-venous CT with a 3D U-Net: external validation",
            "Radiol Artif Intell", 2022, "4(5)", "e210287", "10.1148/ryai.210287"),
        Pub("Müller-Łukasiewicz Z, Sąsiadek M, Kretschmer S",
            "Texture analysis of hepatic metastases: what the oncologist needs to know",
            "RöFo", 2020, "192(11)", "1035-1044", "10.1055/a-1178-4503"),
    ],
    "gyn": [
        Pub("Núñez Castillo JÁ, Echevarría Lozano P, Rivas Ortega M",
            "Whole-body diffusion-weighted MRI versus contrast-enhanced CT for peritoneal staging of ovarian cancer",
            "Eur Radiol", 2022, "32(9)", "6001-6012", "10.1007/s00330-022-08731-y"),
        Pub("Echevarría Lozano P, Núñez Castillo JÁ, Gómez-Iturriaga A, et al.",
            "Apparent diffusion coefficient as a predictor of platinum resistance in high-grade serous carcinoma",
            "Abdom Radiol", 2021, "46(10)", "4870-4879", "10.1007/s00261-021-03158-1"),
        Pub("Núñez Castillo JÁ, Sanz Martín L, Echevarría Lozano P",
            "O-RADS MRI score in adnexal masses: interobserver agreement among radiologists with different experience",
            "Eur J Radiol", 2022, "151", "110301", "10.1016/j.ejrad.2022.110301"),
        Pub("Rivas Ortega M, Núñez Castillo JÁ, et al.",
            "Imaging of endometrial cancer: staging pitfalls and the role of MRI",
            "Radiología (Engl Ed)", 2021, "63(4)", "334-346", "10.1016/j.rxeng.2021.02.004"),
        Pub("Núñez Castillo JÁ, Echevarría Lozano P",
            "Peritoneal carcinomatosis index on MRI: a pictorial review",
            "Insights Imaging", 2020, "11", "88", "10.1186/s13244-020-00893-9"),
    ],
    "hybrid": [
        Pub("Popescu IC, Stoica A, Lungu M",
            "Interobserver agreement of the Deauville score on interim PET/CT in Hodgkin lymphoma",
            "Eur J Nucl Med Mol Imaging", 2020, "47(12)", "2871-2879", "10.1007/s00259-020-04829-1"),
        Pub("Stoica A, Popescu IC, Dragomir R, et al.",
            "68Ga-DOTATATE PET/CT in the follow-up of pancreatic neuroendocrine tumours: a single-centre experience",
            "Nucl Med Commun", 2020, "41(8)", "791-799", "10.1097/MNM.0000000000001217"),
        Pub("Popescu IC, Lungu M",
            "Contrast-enhanced CT in the staging of diffuse large B-cell lymphoma: is it still needed with PET/CT?",
            "Rom J Radiol Med Imaging", 2019, "18(2)", "45-52", "10.37897/RJRMI.2019.2.3"),
        Pub("Dragomir R, Popescu IC, Stoica A",
            "Incidental findings on FDG PET/CT in oncological patients: frequency and clinical relevance",
            "Clin Radiol", 2021, "76(3)", "236.e1-236.e8", "10.1016/j.crad.2020.11.004"),
        Pub("Popescu IC, Ionescu A, Lungu M, et al.",
            "Radiologist-read PET/CT: a survey of practice in Eastern Europe",
            "Insights Imaging", 2021, "12", "39", "10.1186/s13244-021-00979-y"),
    ],
    "prostate": [
        Pub("Moretti L, Ferrante G, Marchianò A",
            "PSMA PET/CT and multiparametric MRI in biochemical recurrence after radical prostatectomy",
            "Eur Radiol", 2020, "30(10)", "5571-5580", "10.1007/s00330-020-06894-4"),
        Pub("Ferrante G, Moretti L, Colombo P, et al.",
            "Detection rate of 68Ga-PSMA-11 PET/CT at low PSA levels",
            "Eur J Nucl Med Mol Imaging", 2019, "46(11)", "2290-2298", "10.1007/s00259-019-04412-3"),
        Pub("Moretti L, Bianchi C, Marchianò A",
            "Whole-body MRI in metastatic castration-resistant prostate cancer: MET-RADS-P in clinical practice",
            "Radiol Med", 2021, "126(2)", "271-281", "10.1007/s11547-020-01243-9"),
        Pub("Moretti L, Ferrante G",
            "Simultaneous PET/MRI in prostate cancer: current evidence and future directions",
            "Insights Imaging", 2020, "11", "102", "10.1186/s13244-020-00907-6"),
        Pub("Colombo P, Moretti L, Sala E, et al.",
            "Biparametric versus multiparametric prostate MRI in a biopsy-naïve population",
            "Eur J Radiol", 2019, "118", "199-205", "10.1016/j.ejrad.2019.07.021"),
    ],
    "ms": [
        Pub("Zielińska K, Kowalczyk A, Nowicka-Dąbrowska E",
            "The central vein sign on 3T susceptibility-weighted imaging distinguishes multiple sclerosis from small-vessel disease",
            "Neuroradiology", 2019, "61(8)", "873-881", "10.1007/s00234-019-02214-1"),
        Pub("Zielińska K, Wróbel M, Kowalczyk A",
            "Double inversion recovery for cortical lesion detection in early multiple sclerosis",
            "Pol J Radiol", 2018, "83", "e410-e417", "10.5114/pjr.2018.79219"),
        Pub("Nowicka-Dąbrowska E, Zielińska K, Lis T, et al.",
            "MRI features of neuromyelitis optica spectrum disorder in a Polish cohort",
            "Mult Scler Relat Disord", 2020, "38", "101502", "10.1016/j.msard.2019.101502"),
        Pub("Zielińska K, Kowalczyk A",
            "Paramagnetic rim lesions in multiple sclerosis: a pictorial essay",
            "Insights Imaging", 2019, "10", "117", "10.1186/s13244-019-0801-5"),
        Pub("Wróbel M, Zielińska K, Nowicka-Dąbrowska E",
            "Spinal cord lesion load and disability in relapsing-remitting multiple sclerosis",
            "Eur J Radiol", 2017, "95", "231-237", "10.1016/j.ejrad.2017.08.019"),
    ],
    "neuro": [
        Pub("Janssens P, De Smet L, Vandenberghe K",
            "MRI phenotype of MOG antibody-associated disease in children: a Belgian multicentre study",
            "Neuroradiology", 2020, "62(4)", "511-520", "10.1007/s00234-019-02357-1"),
        Pub("Janssens P, Maes F, Sunaert S",
            "Free-water corrected diffusion tensor imaging in the developing brain",
            "NeuroImage", 2014, "101", "350-361", "10.1016/j.neuroimage.2014.07.012"),
        Pub("De Smet L, Janssens P, Claes A, et al.",
            "Acute disseminated encephalomyelitis versus paediatric multiple sclerosis: MRI criteria revisited",
            "Eur Radiol", 2019, "29(7)", "3532-3541", "10.1007/s00330-018-5932-x"),
        Pub("Janssens P, Vandenberghe K",
            "Optic neuritis in adults: a practical MRI approach",
            "J Belg Soc Radiol", 2019, "103(1)", "62", "10.5334/jbsr.1901"),
        Pub("Claes A, Janssens P, De Smet L",
            "Spinal cord involvement in MOGAD: imaging characteristics",
            "AJNR Am J Neuroradiol", 2020, "41(9)", "1712-1718", "10.3174/ajnr.A6712"),
    ],
}


def selected(a: Applicant, n: int = 3) -> list[str]:
    """Up to ``n`` references for section 7 of the CV."""
    if a.pubs_key in POOLS:
        return [p.vancouver() for p in POOLS[a.pubs_key][:n]]
    # Applicants without a hand-written pool: two plausible entries built on their topic.
    first = f"{a.surname} {''.join(w[0] for w in a.given.replace('-', ' ').split())}"
    topic = a.topic[0].upper() + a.topic[1:]
    journals = {"CHN": ("Chin J Radiol", "Eur Radiol"), "": ("Eur J Radiol", "Insights Imaging")}
    j1, j2 = journals.get(a.nat_code, journals[""])
    h = sum(map(ord, a.key))
    return [f"{first}, et al. {topic}: a retrospective single-centre study. {j1}. 2023;57({h % 9 + 1}):{100 + h % 700}-{108 + h % 700}.",
            f"{first}, et al. Interobserver agreement in {a.specialty}: a multi-reader study. {j2}. 2022;{h % 50 + 20}:{h % 90 + 10}. "
            f"doi:10.{1000 + h % 8000}/{a.key}.2022.{h:05d}"][:n]
