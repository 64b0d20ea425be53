"""The fictional applicants and their referees.

Every person, institution, number and publication here is invented. Dates are
chosen so that each applicant is eligible for the programme they apply to
(age, years since board certification, residence, CEFR levels, membership).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Referee:
    name: str                    # "Prof. Dr. med. Anna Weber"
    role: str                    # "Head of the Department of Radiology"
    institution: str
    address: list[str]
    email: str
    phone: str
    short: str = ""              # "Prof. Weber" (for "Dear Prof. X" and reference lists)
    is_head: bool | None = None  # whether the role is a head of department; None: guessed from the role's words


@dataclass
class Passport:
    issuer: str                  # ICAO code of the issuing state
    country_line: str            # "BUNDESREPUBLIK DEUTSCHLAND / FEDERAL REPUBLIC OF GERMANY"
    number: str
    issued: date
    expiry: date
    place_of_birth: str
    authority: str
    personal: str = ""


@dataclass
class Applicant:
    key: str
    surname: str
    given: str
    sex: str                     # F | M
    dob: date
    nationality: str
    nat_code: str                # ICAO code
    residence: str
    address: str
    address_local: str = ""      # the same address in the local script (CJK for China)
    email: str = ""
    phone: str = ""
    esr_no: str = ""
    esr_category: str = "Full Member"
    position: str = ""
    department: str = ""
    institution: str = ""
    city_country: str = ""
    since: str = ""              # MM/YYYY
    med_degree: str = ""
    med_year: int = 0
    board_date: str = ""         # DD/MM/YYYY or "expected 06/2026"
    board_authority: str = ""
    experience: list[tuple[str, str, str]] = field(default_factory=list)
    interests: str = ""
    languages: list[tuple[str, str]] = field(default_factory=list)
    n_pubs: int = 0
    topic: str = ""              # research topic, used in letters
    specialty: str = ""          # subspecialty in a few words ("abdominal imaging")
    congress: str = "none"
    prev_esor: str = "none"
    place: str = ""              # where the applicant signs
    story: str = ""              # the applicant's own background paragraph
    research: str = ""           # an extra paragraph for long motivation letters
    plan: str = ""               # what they will do back home
    referees: list[Referee] = field(default_factory=list)
    passport: Passport | None = None
    society: str = ""            # exchange fellowship: the chosen subspecialty society
    host: str = ""               # host centre named in letters
    pubs_key: str = ""           # which publication pool to draw from
    train_year: int = 0          # residents: year of training

    # ---- derived forms of the name
    @property
    def full(self) -> str:
        return f"{self.given} {self.surname}"

    @property
    def chinese_order(self) -> str:
        return f"{self.surname} {self.given}"

    @property
    def dr(self) -> str:
        return f"Dr. {self.full}"

    @property
    def dr_short(self) -> str:
        return f"Dr. {self.surname}"

    @property
    def pr(self) -> dict[str, str]:
        if self.sex == "F":
            return {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself"}
        return {"he": "he", "He": "He", "his": "his", "His": "His", "him": "him", "himself": "himself"}


def _r(name, role, inst, addr, email, phone, short):
    return Referee(name, role, inst, addr, email, phone, short)


# ====================================================================== AIM China
WANG = Applicant(
    key="wang", surname="Wang", given="Yuqing", sex="F", dob=date(1989, 3, 14),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="37 Guoxue Alley, Wuhou District, Chengdu 610041, Sichuan, China",
    address_local="四川省成都市武侯区国学巷37号",
    email="wangyuqing.radiol@example.cn", phone="+86 28 8542 2114", esr_no="M-0213377",
    position="Attending Radiologist", department="Department of Radiology",
    institution="West China Hospital, Sichuan University", city_country="Chengdu / China",
    since="09/2019", med_degree="West China School of Medicine, Sichuan University", med_year=2014,
    board_date="15/07/2019", board_authority="Sichuan Provincial Health Commission",
    experience=[("09/2019 – present", "West China Hospital, Sichuan University", "Attending Radiologist"),
                ("09/2016 – 08/2019", "West China Hospital, Sichuan University", "Resident in Radiology (standardised training)"),
                ("09/2014 – 08/2016", "Chengdu Second People's Hospital", "Junior Physician, Imaging Centre")],
    interests="Abdominal imaging, liver MRI with hepatobiliary contrast agents, LI-RADS, quantitative MRI of chronic liver disease.",
    languages=[("Chinese (Mandarin)", "mother tongue"), ("English", "C1")],
    n_pubs=9, topic="gadoxetic acid-enhanced MRI in patients with chronic hepatitis B",
    specialty="abdominal imaging", congress="ECR 2024, Vienna: poster C-11872 (LI-RADS v2018 in hepatitis B cirrhosis); CSR 2023, Xiamen: oral presentation.",
    prev_esor="none", place="Chengdu",
    story=("I completed my medical degree at West China School of Medicine in 2014 and my standardised "
           "residency training in radiology at West China Hospital, one of the largest teaching hospitals in "
           "south-west China. Since 2019 I have worked as an attending radiologist in the abdominal imaging "
           "section, where I report around forty liver and pancreas MRI examinations a week. Many of our "
           "patients have chronic hepatitis B, and the early detection of hepatocellular carcinoma in cirrhotic "
           "livers has become the centre of both my daily work and my research."),
    research=("Over the last three years I have coordinated a retrospective study of more than six hundred "
              "gadoxetic acid-enhanced MRI examinations, comparing LI-RADS categories with histopathology and "
              "follow-up. This work taught me how much the reproducibility of our reports depends on "
              "standardised acquisition protocols and structured reporting, and how far we still are from the "
              "consistency that I have seen described by European centres. I also supervise junior residents "
              "during their abdominal rotation and organise a monthly tumour-board teaching session."),
    plan=("After the fellowship I intend to introduce a structured LI-RADS reporting template and an "
          "abbreviated surveillance MRI protocol in our department, and to share what I have learned with "
          "the residents of our standardised training programme."),
    referees=[
        _r("Prof. Song Bin", "Head of the Department of Radiology", "West China Hospital, Sichuan University",
           ["No. 37 Guoxue Alley", "Chengdu 610041, P.R. China"], "songbin.radiol@example.cn", "+86 28 8542 3680", "Prof. Song"),
        _r("Prof. Li Zhenlin", "Academic Tutor, Abdominal Imaging Section", "West China Hospital, Sichuan University",
           ["No. 37 Guoxue Alley", "Chengdu 610041, P.R. China"], "lizhenlin@example.cn", "+86 28 8542 3702", "Prof. Li"),
        _r("Prof. Claire Dubreuil", "Chef du Service de Radiologie", "Hôpital Européen Georges-Pompidou, AP-HP",
           ["20 rue Leblanc", "75015 Paris, France"], "claire.dubreuil@example.fr", "+33 1 56 09 20 00", "Prof. Dubreuil"),
    ])

CHEN = Applicant(
    key="chen", surname="Chen", given="Haoran", sex="M", dob=date(1987, 11, 2),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="Room 1203, Building 5, 180 Fenglin Road, Xuhui District, Shanghai 200032, China",
    address_local="上海市徐汇区枫林路180号5号楼1203室",
    email="chen.haoran@example.cn", phone="+86 21 6404 1990", esr_no="M-0198452",
    position="Associate Chief Physician", department="Department of Radiology",
    institution="Zhongshan Hospital, Fudan University", city_country="Shanghai / China",
    since="01/2021", med_degree="Shanghai Medical College, Fudan University", med_year=2012,
    board_date="30/06/2017", board_authority="Shanghai Municipal Health Commission",
    experience=[("01/2021 – present", "Zhongshan Hospital, Fudan University", "Associate Chief Physician"),
                ("07/2017 – 12/2020", "Zhongshan Hospital, Fudan University", "Attending Radiologist"),
                ("09/2012 – 06/2017", "Zhongshan Hospital, Fudan University", "Resident / Doctoral candidate (MD, PhD)")],
    interests="Cardiothoracic imaging; coronary CT angiography; CT-derived fractional flow reserve; cardiac MRI in cardiomyopathies.",
    languages=[("Chinese", "mother tongue"), ("English", "C1"), ("Japanese", "A2")],
    n_pubs=17, topic="CT-derived fractional flow reserve in intermediate coronary stenoses",
    specialty="cardiothoracic imaging", congress="RSNA 2022 (scientific paper SSCA04); ECR 2023 (EPOS C-15230); ESCR 2024, Porto (oral).",
    prev_esor="ESOR Asklepios course, Cardiac imaging, online 2021", place="Shanghai",
    story=("My interest in cardiac imaging began during my doctoral training at Zhongshan Hospital, a centre "
           "that performs more than fifteen thousand cardiac CT examinations every year. After my board "
           "certification I joined the cardiothoracic section, and today I am responsible for the coronary CT "
           "angiography service and for the reporting rota of cardiac MRI on two afternoons a week."),
    research=("My doctoral thesis compared CT-derived fractional flow reserve with invasive measurements in "
              "patients with intermediate stenoses, and I have since published on plaque characterisation and "
              "on dose reduction with high-pitch acquisition. What I lack is structured exposure to cardiac MRI "
              "in non-ischaemic cardiomyopathy: parametric mapping, tissue characterisation and the way "
              "European centres integrate imaging into multidisciplinary heart-failure clinics."),
    plan=("When I return to Shanghai I plan to set up a mapping-based cardiac MRI protocol for "
          "cardiomyopathy and to start a joint imaging–cardiology conference in our hospital."),
    referees=[
        _r("Prof. Zeng Mengsu", "Head of the Department of Radiology", "Zhongshan Hospital, Fudan University",
           ["180 Fenglin Road, Xuhui District", "Shanghai 200032, China"], "zeng.mengsu@example.cn", "+86 21 6404 1990 ext. 2301", "Prof. Zeng"),
        _r("Prof. Jin Hang", "Academic Tutor, Cardiovascular Imaging", "Zhongshan Hospital, Fudan University",
           ["180 Fenglin Road, Xuhui District", "Shanghai 200032, China"], "jin.hang@example.cn", "+86 21 6404 1990 ext. 2317", "Prof. Jin"),
    ])

LIU = Applicant(
    key="liu", surname="Liu", given="Mengyao", sex="F", dob=date(1991, 6, 27),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="1 Shuaifuyuan, Dongcheng District, Beijing 100730, China",
    address_local="北京市东城区帅府园1号",
    email="liumengyao@example.cn", phone="+86 10 6915 5441", esr_no="M-0226019",
    position="Attending Radiologist", department="Department of Radiology",
    institution="Peking Union Medical College Hospital", city_country="Beijing / China",
    since="08/2021", med_degree="Peking Union Medical College (8-year MD programme)", med_year=2016,
    board_date="20/07/2021", board_authority="Beijing Municipal Health Commission",
    experience=[("08/2021 – present", "Peking Union Medical College Hospital", "Attending Radiologist, Neuroradiology"),
                ("08/2016 – 07/2021", "Peking Union Medical College Hospital", "Resident in Radiology")],
    interests="Neuroradiology: autoimmune encephalitis, demyelinating disease, vessel-wall MRI.",
    languages=[("Mandarin Chinese", "mother tongue"), ("English", "C1"), ("French", "B1")],
    n_pubs=6, topic="vessel-wall MRI in intracranial vasculitis",
    specialty="neuroradiology", congress="ESNR 2023 Annual Meeting, Dubrovnik: e-poster.",
    prev_esor="none", place="Beijing",
    story=("I graduated from the eight-year MD programme of Peking Union Medical College in 2016 and stayed at "
           "PUMCH for my residency in radiology. During my residency I spent six months in the neurology "
           "ward, which made me realise how strongly the diagnosis of inflammatory disease of the central "
           "nervous system relies on the radiologist. Since 2021 I have been an attending radiologist in "
           "neuroradiology, with a particular interest in vessel-wall imaging and autoimmune encephalitis."),
    research=("In 2022 I spent four months as an observer in Paris, where I followed the daily work of a "
              "large neuroradiology department and learned to read high-resolution vessel-wall MRI with "
              "colleagues who had helped to define its criteria. Back in Beijing, I started a prospective "
              "registry of patients with suspected primary angiitis of the central nervous system, which now "
              "includes sixty-two patients."),
    plan=("Back in Beijing I would like to standardise our MRI protocol for suspected autoimmune encephalitis "
          "and to build a teaching file for our residents."),
    referees=[
        _r("Prof. Jin Zhengyu", "Head of the Department of Radiology", "Peking Union Medical College Hospital",
           ["1 Shuaifuyuan, Dongcheng District", "Beijing 100730, China"], "jinzy@example.cn", "+86 10 6915 5442", "Prof. Jin"),
        _r("Prof. Feng Feng", "Academic Tutor, Neuroradiology Section", "Peking Union Medical College Hospital",
           ["1 Shuaifuyuan, Dongcheng District", "Beijing 100730, China"], "fengfeng@example.cn", "+86 10 6915 5450", "Prof. Feng"),
        _r("Prof. Claire Dubreuil", "Chef du Service de Radiologie", "Hôpital Européen Georges-Pompidou, AP-HP",
           ["20 rue Leblanc", "75015 Paris, France"], "claire.dubreuil@example.fr", "+33 1 56 09 20 00", "Prof. Dubreuil"),
    ])

ZHAO = Applicant(
    key="zhao", surname="Zhao", given="Jianguo", sex="M", dob=date(1986, 1, 19),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="58 Zhongshan Road II, Yuexiu District, Guangzhou 510080, China",
    address_local="广东省广州市越秀区中山二路58号",
    email="zhaojg@example.cn", phone="+86 20 8775 5766", esr_no="M-0187310",
    position="Attending Radiologist", department="Department of Radiology",
    institution="The First Affiliated Hospital, Sun Yat-sen University", city_country="Guangzhou / China",
    since="07/2016", med_degree="Zhongshan School of Medicine, Sun Yat-sen University", med_year=2010,
    board_date="05/07/2015", board_authority="Health Commission of Guangdong Province",
    experience=[("07/2016 – present", "The First Affiliated Hospital, Sun Yat-sen University", "Attending Radiologist"),
                ("07/2013 – 06/2016", "The First Affiliated Hospital, Sun Yat-sen University", "Resident"),
                ("08/2010 – 06/2013", "Foshan First People's Hospital", "Resident Physician")],
    interests="Musculoskeletal imaging: sports injuries of the knee and shoulder, MR arthrography, ultrasound-guided interventions.",
    languages=[("Chinese (Cantonese, Mandarin)", "mother tongue"), ("English", "B2")],
    n_pubs=11, topic="3D isotropic MRI of the knee after anterior cruciate ligament reconstruction",
    specialty="musculoskeletal imaging", congress="ESSR 2022 Annual Meeting, Ghent (poster); CSR 2021 (oral).",
    prev_esor="none", place="Guangzhou",
    story=("I have worked in musculoskeletal radiology since 2016 at the First Affiliated Hospital of Sun Yat-sen "
           "University, which has a large sports medicine centre and a busy orthopaedic trauma service. I "
           "report knee, shoulder and hip MRI every day and perform ultrasound-guided injections and "
           "barbotage twice a week."),
    research=("My current research compares 3D isotropic sequences with conventional 2D protocols after anterior "
              "cruciate ligament reconstruction. I would like to learn how European centres organise dedicated "
              "sports imaging clinics, how they use dynamic ultrasound, and how they teach musculoskeletal "
              "interventions to residents."),
    plan=("I hope to bring back a structured approach to musculoskeletal interventions and a teaching "
          "programme for ultrasound-guided procedures in our department."),
    referees=[
        _r("Prof. Meng Quanfei", "Head of the Department of Radiology", "The First Affiliated Hospital, Sun Yat-sen University",
           ["58 Zhongshan Road II", "Guangzhou 510080, China"], "mengqf@example.cn", "+86 20 8775 5001", "Prof. Meng"),
        _r("Prof. Xu Liyun", "Academic Tutor, Musculoskeletal Imaging", "The First Affiliated Hospital, Sun Yat-sen University",
           ["58 Zhongshan Road II", "Guangzhou 510080, China"], "xuliyun@example.cn", "+86 20 8775 5013", "Prof. Xu"),
    ])

HUANG = Applicant(
    key="huang", surname="Huang", given="Siyu", sex="F", dob=date(1990, 9, 8),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="87 Xiangya Road, Kaifu District, Changsha 410008, Hunan, China",
    address_local="湖南省长沙市开福区湘雅路87号",
    email="huangsiyu@example.cn", phone="+86 731 8432 7141", esr_no="M-0231655",
    position="Attending Radiologist", department="Department of Radiology",
    institution="Xiangya Hospital, Central South University", city_country="Changsha / China",
    since="09/2020", med_degree="Xiangya School of Medicine, Central South University", med_year=2015,
    board_date="12/07/2020", board_authority="Hunan Provincial Health Commission",
    experience=[("09/2020 – present", "Xiangya Hospital, Central South University", "Attending Radiologist, Breast Imaging"),
                ("09/2017 – 08/2020", "Xiangya Hospital, Central South University", "Resident in Radiology"),
                ("09/2015 – 08/2017", "Xiangya Hospital, Central South University", "Master student (Medical Imaging)")],
    interests="Breast imaging: contrast-enhanced mammography, abbreviated breast MRI, image-guided biopsy.",
    languages=[("Chinese", "mother tongue"), ("English", "C1")],
    n_pubs=8, topic="contrast-enhanced mammography in women with dense breasts",
    specialty="breast imaging", congress="EUSOBI 2023 Annual Scientific Meeting, Valencia (poster).",
    prev_esor="ESOR Asklepios course, Breast imaging, 2023", place="Changsha",
    story=("I work in the breast imaging unit of Xiangya Hospital, the referral centre for breast cancer in "
           "Hunan province. Every week I read screening and diagnostic mammograms, perform about twenty "
           "ultrasound-guided core biopsies, and take part in the multidisciplinary breast tumour board."),
    research=("Since 2021 I have been the principal investigator of a study on contrast-enhanced mammography "
              "in women with extremely dense breasts, a common situation in our population. We have included "
              "more than three hundred women, and the preliminary results were presented at the EUSOBI meeting "
              "in Valencia."),
    plan=("Upon my return I would like to introduce MRI-guided vacuum-assisted biopsy, which is not yet available "
          "in our province, and to write a local protocol for abbreviated breast MRI."),
    referees=[
        _r("Prof. Liu Jun", "Head of the Department of Radiology", "Xiangya Hospital, Central South University",
           ["87 Xiangya Road", "Changsha 410008, Hunan, China"], "liujun.xy@example.cn", "+86 731 8432 7000", "Prof. Liu"),
        _r("Prof. Tan Hongpei", "Academic Tutor, Breast Imaging Unit", "Xiangya Hospital, Central South University",
           ["87 Xiangya Road", "Changsha 410008, Hunan, China"], "tanhp@example.cn", "+86 731 8432 7155", "Prof. Tan"),
    ])

# Born on 29 February: 40 until 28 February 2025, 41 from 1 March 2025 (the eligibility.age boundary packet).
ZHOU = Applicant(
    key="zhou", surname="Zhou", given="Wenjie", sex="M", dob=date(1984, 2, 29),
    nationality="Chinese", nat_code="CHN", residence="China",
    address="300 Guangzhou Road, Gulou District, Nanjing 210029, Jiangsu, China",
    address_local="江苏省南京市鼓楼区广州路300号",
    email="zhouwenjie.rad@example.cn", phone="+86 25 6830 6114", esr_no="M-0179904",
    position="Associate Chief Physician", department="Department of Radiology",
    institution="Jiangsu Province Hospital, Nanjing Medical University", city_country="Nanjing / China",
    since="07/2018", med_degree="Nanjing Medical University", med_year=2008,
    board_date="10/07/2013", board_authority="Jiangsu Provincial Health Commission",
    experience=[("07/2018 – present", "Jiangsu Province Hospital, Nanjing Medical University", "Associate Chief Physician"),
                ("07/2013 – 06/2018", "Jiangsu Province Hospital, Nanjing Medical University", "Attending Radiologist"),
                ("09/2008 – 06/2013", "Jiangsu Province Hospital, Nanjing Medical University", "Resident in Radiology")],
    interests="Interventional oncology: transarterial chemoembolisation, thermal ablation of liver tumours.",
    languages=[("Chinese", "mother tongue"), ("English", "C1")],
    n_pubs=21, topic="microwave ablation of colorectal liver metastases",
    specialty="interventional oncology", congress="CIRSE 2023, Copenhagen (oral); CSR 2022 (oral).",
    prev_esor="none", place="Nanjing",
    story=("I have worked in the interventional radiology unit of Jiangsu Province Hospital for fifteen years, "
           "where I perform chemoembolisations and thermal ablations of liver tumours every week and lead the "
           "unit's weekly interventional oncology clinic."),
    research=("My research compares microwave ablation with surgical resection for small colorectal liver "
              "metastases in a prospective registry of more than four hundred patients."),
    plan=("I would like to bring back the structured follow-up imaging protocols that European centres use "
          "after ablation and to teach them to our residents."),
    referees=[
        _r("Prof. Shi Haibin", "Head of the Department of Radiology", "Jiangsu Province Hospital, Nanjing Medical University",
           ["300 Guangzhou Road", "Nanjing 210029, China"], "shihb@example.cn", "+86 25 6830 6000", "Prof. Shi"),
        _r("Prof. Liu Sheng", "Academic Tutor, Interventional Radiology", "Jiangsu Province Hospital, Nanjing Medical University",
           ["300 Guangzhou Road", "Nanjing 210029, China"], "liusheng.ir@example.cn", "+86 25 6830 6021", "Prof. Liu"),
    ])

# ====================================================================== Exchange fellowship
BRENNAN = Applicant(
    key="brennan", surname="Brennan", given="Aoife", sex="F", dob=date(1989, 5, 23),
    nationality="Irish", nat_code="IRL", residence="Ireland",
    address="14 Sandymount Avenue, Dublin 4, D04 X2K7, Ireland",
    email="aoife.brennan@example.ie", phone="+353 87 412 5530", esr_no="M-0174521",
    position="Consultant Radiologist (locum)", department="Department of Radiology",
    institution="St Vincent's University Hospital", city_country="Dublin / Ireland",
    since="07/2022", med_degree="University College Dublin, MB BCh BAO", med_year=2013,
    board_date="01/07/2022", board_authority="Faculty of Radiologists, Royal College of Surgeons in Ireland",
    experience=[("07/2022 – present", "St Vincent's University Hospital, Dublin", "Consultant Radiologist (locum)"),
                ("07/2017 – 06/2022", "Faculty of Radiologists Specialist Training Scheme", "Specialist Registrar in Radiology"),
                ("07/2014 – 06/2017", "Mater Misericordiae University Hospital", "Senior House Officer, Medicine")],
    interests="Abdominal and oncologic imaging, rectal cancer MRI, CT colonography.",
    languages=[("English", "mother tongue"), ("Irish", "B1"), ("Spanish", "B1")],
    n_pubs=7, topic="MRI restaging of rectal cancer after total neoadjuvant therapy",
    specialty="abdominal imaging", congress="ESGAR 2023, Valencia (oral); Faculty of Radiologists ASM 2022 (poster).",
    prev_esor="ESOR Galen Foundation Course, Abdominal imaging, 2019", place="Dublin",
    society="ESGAR", host="Netherlands Cancer Institute, Amsterdam",
    story=("I completed the Faculty of Radiologists specialist training scheme in Dublin in 2022 and have since "
           "worked as a locum consultant at St Vincent's University Hospital, where I report body CT and "
           "pelvic MRI and contribute to the colorectal multidisciplinary meeting."),
    research=("During my final year of training I audited our rectal MRI reports against the ESGAR "
              "consensus recommendations and found that tumour regression grade and extramural venous "
              "invasion were described in fewer than half of the restaging examinations."),
    plan=("On my return I plan to lead the introduction of a structured rectal cancer MRI template across "
          "the Ireland East hospital group."),
    referees=[
        _r("Dr Ciarán O'Sullivan", "Clinical Director and Head of Department, Radiology", "St Vincent's University Hospital",
           ["Elm Park", "Dublin 4, Ireland"], "c.osullivan@example.ie", "+353 1 221 4000", "Dr O'Sullivan"),
        _r("Prof. Niamh Fitzgerald", "Consultant Radiologist, former Programme Director", "Mater Misericordiae University Hospital",
           ["Eccles Street", "Dublin 7, Ireland"], "n.fitzgerald@example.ie", "+353 1 803 2000", "Prof. Fitzgerald"),
    ])

CARVALHO = Applicant(
    key="carvalho", surname="Carvalho", given="Rui Miguel", sex="M", dob=date(1990, 2, 11),
    nationality="Portuguese", nat_code="PRT", residence="Portugal",
    address="Rua de Cedofeita 412, 3.º Esq., 4050-174 Porto, Portugal",
    email="ruimcarvalho@example.pt", phone="+351 912 448 107", esr_no="M-0169874",
    position="Assistente Hospitalar (Consultant Radiologist)", department="Serviço de Radiologia",
    institution="Centro Hospitalar Universitário de São João", city_country="Porto / Portugal",
    since="05/2021", med_degree="Faculdade de Medicina da Universidade do Porto", med_year=2014,
    board_date="22/04/2021", board_authority="Ordem dos Médicos (Portuguese Medical Association)",
    experience=[("05/2021 – present", "Centro Hospitalar Universitário de São João, Porto", "Consultant Radiologist"),
                ("01/2016 – 04/2021", "Centro Hospitalar Universitário de São João, Porto", "Radiology Resident"),
                ("01/2015 – 12/2015", "Hospital de Braga", "Foundation Year (Ano Comum)")],
    interests="Thoracic imaging: interstitial lung disease, lung cancer screening, photon-counting CT.",
    languages=[("Portuguese", "mother tongue"), ("English", "C1"), ("Spanish", "B2"), ("French", "A2")],
    n_pubs=12, topic="quantitative CT of fibrosing interstitial lung disease",
    specialty="thoracic imaging", congress="ESTI 2023, Porto (oral); ECR 2022 (EPOS).",
    prev_esor="none", place="Porto",
    society="ESTI", host="Leuven University Hospitals",
    story=("Since my board certification in 2021 I have worked in the thoracic imaging unit of São João "
           "University Hospital, the largest hospital in the north of Portugal. I report chest CT for our "
           "interstitial lung disease clinic and take part in the weekly multidisciplinary discussion with "
           "pulmonologists and pathologists."),
    research=("My research focuses on quantitative CT of fibrosing lung disease; we recently validated an "
              "open-source lung texture tool on two hundred patients followed for at least three years."),
    plan=("Back in Porto I intend to implement the lessons learned in a regional ILD network and to "
          "organise a yearly ILD imaging course for residents."),
    referees=[
        _r("Prof. Doutora Isabel Ramos", "Director of the Department of Radiology", "Centro Hospitalar Universitário de São João",
           ["Alameda Prof. Hernâni Monteiro", "4200-319 Porto, Portugal"], "isabel.ramos@example.pt", "+351 225 512 100", "Prof. Ramos"),
        _r("Dr. Tiago Mendes Sousa", "Head of the Thoracic Imaging Unit", "Centro Hospitalar Universitário de São João",
           ["Alameda Prof. Hernâni Monteiro", "4200-319 Porto, Portugal"], "tiago.sousa@example.pt", "+351 225 512 180", "Dr. Sousa"),
    ])

# ====================================================================== ICM Montpellier
MUELLER = Applicant(
    key="mueller", surname="Müller-Łukasiewicz", given="Zoë", sex="F", dob=date(1990, 7, 12),
    nationality="German", nat_code="D", residence="Germany",
    address="Lindenthalgürtel 41, 50935 Köln, Germany",
    email="zoe.mueller-lukasiewicz@example.de", phone="+49 221 478 3301", esr_no="M-0158802",
    position="Fachärztin für Radiologie (Radiologist)", department="Institut für Diagnostische und Interventionelle Radiologie",
    institution="Universitätsklinikum Köln", city_country="Köln / Germany",
    since="10/2021", med_degree="Universität zu Köln (Staatsexamen)", med_year=2015,
    board_date="27/09/2021", board_authority="Ärztekammer Nordrhein, Düsseldorf",
    experience=[("10/2021 – present", "Universitätsklinikum Köln", "Radiologist (Fachärztin)"),
                ("01/2016 – 09/2021", "Universitätsklinikum Köln", "Resident in Radiology (Assistenzärztin)"),
                ("04/2015 – 12/2015", "Uniwersytecki Szpital Kliniczny, Wrocław", "Research stay, Department of Radiology")],
    interests="Oncologic imaging, radiomics and quantitative image analysis, whole-body MRI, response assessment.",
    languages=[("German", "mother tongue"), ("Polish", "mother tongue"), ("English", "C1"), ("French", "B1")],
    n_pubs=14, topic="radiomics-based response prediction in metastatic colorectal cancer",
    specialty="oncologic imaging", congress="ECR 2022 (scientific session RPS 1105); Deutscher Röntgenkongress 2021 and 2022 (oral).",
    prev_esor="ESOR Galen Advanced Course in Oncologic Imaging, 2022", place="Köln",
    pubs_key="onco",
    story=("I completed my residency at the University Hospital of Cologne in 2021 and have since worked as a "
           "board-certified radiologist in its oncologic imaging section. Half of my clinical time is spent "
           "reporting staging and follow-up CT and MRI for the Centre for Integrated Oncology; the other half "
           "belongs to a radiomics research group that I joined as a resident."),
    research=("In this group I developed a pipeline for the segmentation and feature extraction of liver "
              "metastases, and I was first author of two papers on the prediction of response to "
              "chemotherapy in colorectal cancer. This work taught me the strengths and the limitations of "
              "quantitative image analysis: without harmonised acquisition and careful validation, features "
              "that look promising in one centre rarely survive in another."),
    plan=("I would like to return to Cologne with the experience needed to lead a multicentre validation "
          "study and to bring quantitative response assessment into our tumour boards."),
    referees=[
        _r("Univ.-Prof. Dr. med. Dirk Halbach", "Direktor des Instituts für Diagnostische und Interventionelle Radiologie", "Universitätsklinikum Köln",
           ["Kerpener Straße 62", "50937 Köln, Germany"], "dirk.halbach@example.de", "+49 221 478 4050", "Prof. Halbach"),
        _r("PD Dr. med. Sabine Kretschmer", "Leitende Oberärztin, Onkologische Bildgebung", "Universitätsklinikum Köln",
           ["Kerpener Straße 62", "50937 Köln, Germany"], "sabine.kretschmer@example.de", "+49 221 478 4071", "Dr. Kretschmer"),
        _r("Prof. dr hab. n. med. Marek Sąsiadek", "Kierownik Zakładu Radiologii (Head of Radiology)", "Uniwersytecki Szpital Kliniczny we Wrocławiu",
           ["ul. Borowska 213", "50-556 Wrocław, Poland"], "m.sasiadek@example.pl", "+48 71 733 1690", "Prof. Sąsiadek"),
    ],
    passport=Passport("D", "BUNDESREPUBLIK DEUTSCHLAND", "C01X00T47", date(2021, 3, 2), date(2031, 3, 1),
                      "Wrocław", "Stadt Köln"))

NUNEZ = Applicant(
    key="nunez", surname="Núñez Castillo", given="José Ángel", sex="M", dob=date(1989, 10, 4),
    nationality="Spanish", nat_code="ESP", residence="Spain",
    address="Calle de Arturo Soria 212, 4.º B, 28043 Madrid, Spain",
    email="joseangel.nunez@example.es", phone="+34 611 204 918", esr_no="M-0162290",
    position="Facultativo Especialista de Área (Radiologist)", department="Servicio de Radiodiagnóstico",
    institution="Hospital Universitario La Paz", city_country="Madrid / Spain",
    since="06/2021", med_degree="Universidad Autónoma de Madrid (Licenciatura en Medicina)", med_year=2014,
    board_date="24/05/2021", board_authority="Ministerio de Universidades, Spain",
    experience=[("06/2021 – present", "Hospital Universitario La Paz, Madrid", "Radiologist (FEA)"),
                ("05/2017 – 05/2021", "Hospital Universitario La Paz, Madrid", "Resident (MIR) in Radiodiagnosis"),
                ("2015 – 2017", "Universidad Autónoma de Madrid", "Research assistant, Anatomy Department")],
    interests="Oncologic imaging, body MRI, diffusion-weighted imaging, gynaecological cancer imaging.",
    languages=[("Spanish", "mother tongue"), ("English", "C1"), ("French", "B2"), ("Italian", "A2")],
    n_pubs=10, topic="diffusion-weighted MRI for staging of ovarian cancer",
    specialty="oncologic imaging", congress="ESUR 2022, Lisbon (oral); SERAM 2022 (two posters).",
    prev_esor="ESOR Visiting Scholarship Programme, Leuven, 2020 (postponed to 2021)", place="Madrid",
    pubs_key="gyn",
    story=("I trained as a radiologist at La Paz University Hospital in Madrid, one of the largest hospitals in "
           "Spain, and have worked there as a staff radiologist in the body imaging section since 2021. My "
           "clinical work centres on oncological MRI, in particular gynaecological tumours, and I take part "
           "in the weekly gynaecological oncology committee."),
    research=("My doctoral project, which I hope to defend in 2024, evaluates whole-body diffusion-weighted "
              "MRI as an alternative to CT for peritoneal staging in ovarian cancer. Building the project "
              "showed me how much I still have to learn about quantitative imaging and about running "
              "prospective imaging trials."),
    plan=("After the fellowship I will return to La Paz, where my head of department has offered me the "
          "coordination of a new oncologic imaging research line."),
    referees=[
        _r("Dr. Manuel Rivas Ortega", "Jefe de Servicio de Radiodiagnóstico (Head of Department)", "Hospital Universitario La Paz",
           ["Paseo de la Castellana 261", "28046 Madrid, Spain"], "manuel.rivas@example.es", "+34 917 277 000", "Dr. Rivas"),
        _r("Dra. Pilar Echevarría Lozano", "Jefa de Sección de Radiología Oncológica", "Hospital Universitario La Paz",
           ["Paseo de la Castellana 261", "28046 Madrid, Spain"], "pilar.echevarria@example.es", "+34 917 277 145", "Dr. Echevarría"),
    ],
    passport=Passport("ESP", "REINO DE ESPAÑA", "PAH491827", date(2019, 11, 14), date(2029, 11, 13),
                      "Sevilla", "Ministerio del Interior", personal="51218403K"))

# ====================================================================== Gustave Roussy
POPESCU = Applicant(
    key="popescu", surname="Popescu", given="Ioana-Cristina", sex="F", dob=date(1988, 4, 30),
    nationality="Romanian", nat_code="ROU", residence="Romania",
    address="Str. Ion Câmpineanu 28, ap. 14, Sector 1, 010032 București, Romania",
    email="ioana.popescu.md@example.ro", phone="+40 723 551 904", esr_no="M-0149031",
    position="Medic specialist radiologie-imagistică medicală", department="Department of Radiology and Medical Imaging",
    institution="Institutul Oncologic „Prof. Dr. Alexandru Trestioreanu”", city_country="Bucharest / Romania",
    since="01/2020", med_degree="Universitatea de Medicină și Farmacie „Carol Davila”, București", med_year=2013,
    board_date="18/11/2019", board_authority="Ministerul Sănătății (Romanian Ministry of Health)",
    experience=[("01/2020 – present", "Institutul Oncologic București", "Radiologist"),
                ("01/2015 – 12/2019", "Spitalul Clinic Fundeni, București", "Resident in Radiology"),
                ("10/2018 – 03/2019", "Centre Hospitalier Lyon-Sud", "Erasmus+ traineeship, nuclear medicine")],
    interests="Hybrid imaging (PET/CT, PET/MRI) in oncology, lymphoma, neuroendocrine tumours.",
    languages=[("Romanian", "mother tongue"), ("English", "C1"), ("French", "B2")],
    n_pubs=8, topic="PET/CT response assessment in Hodgkin lymphoma",
    specialty="hybrid imaging", congress="EANM 2020 (virtual, e-poster); SRIM National Congress 2019 (oral).",
    prev_esor="none", place="București", pubs_key="hybrid",
    story=("After my residency at Fundeni Clinical Institute I joined the Oncological Institute of Bucharest in "
           "January 2020. I report oncological CT and MRI and, since the installation of our first PET/CT "
           "scanner, read PET/CT examinations together with our nuclear medicine colleagues, mostly for "
           "lymphoma and neuroendocrine tumours."),
    research=("A six-month Erasmus+ traineeship in Lyon during my residency was my first contact with hybrid "
              "imaging and with French clinical practice. Since then I have worked on Deauville-score "
              "reproducibility in interim PET for Hodgkin lymphoma."),
    plan=("My institute plans a PET/MRI installation in 2023 and I have been asked to prepare the oncologic "
          "protocols; the fellowship would allow me to do this with real experience."),
    referees=[
        _r("Prof. Dr. Mihai Lungu", "Head of the Department of Radiology and Medical Imaging", "Institutul Oncologic București",
           ["Șos. Fundeni 252", "022328 București, Romania"], "mihai.lungu@example.ro", "+40 21 227 1000", "Prof. Lungu"),
        _r("Dr. Adriana Stoica", "Senior Consultant, Nuclear Medicine", "Spitalul Clinic Fundeni",
           ["Șos. Fundeni 258", "022328 București, Romania"], "adriana.stoica@example.ro", "+40 21 275 0500", "Dr. Stoica"),
    ],
    passport=Passport("ROU", "ROMÂNIA / ROUMANIE / ROMANIA", "058217734", date(2018, 6, 21), date(2028, 6, 21),
                      "Brașov", "S.P.C.E.P.S. București", personal="2880430080017"))

MORETTI = Applicant(
    key="moretti", surname="Moretti", given="Luca", sex="M", dob=date(1987, 8, 16),
    nationality="Italian", nat_code="ITA", residence="Italy",
    address="Via Giovanni Celoria 18, 20133 Milano, Italy",
    email="luca.moretti.rad@example.it", phone="+39 347 118 2290", esr_no="M-0139177",
    position="Dirigente Medico, Radiologia (Consultant Radiologist)", department="Radiologia Diagnostica e Interventistica",
    institution="Fondazione IRCCS Istituto Nazionale dei Tumori", city_country="Milano / Italy",
    since="11/2019", med_degree="Università degli Studi di Milano", med_year=2013,
    board_date="28/10/2019", board_authority="Università degli Studi di Milano, Scuola di Specializzazione in Radiodiagnostica",
    experience=[("11/2019 – present", "Fondazione IRCCS Istituto Nazionale dei Tumori, Milano", "Consultant Radiologist"),
                ("11/2014 – 10/2019", "Università degli Studi di Milano", "Resident in Radiodiagnostics")],
    interests="Oncologic and hybrid imaging; whole-body MRI; PET/MRI in prostate cancer.",
    languages=[("Italian", "mother tongue"), ("English", "C1"), ("French", "B2"), ("German", "A2")],
    n_pubs=15, topic="PSMA PET and multiparametric MRI in biochemical recurrence of prostate cancer",
    specialty="hybrid imaging", congress="ECR 2020 and 2021 (EPOS); SIRM 2020 (oral).",
    prev_esor="ESOR Galen Foundation Course, Oncologic imaging, 2018", place="Milano", pubs_key="prostate",
    story=("I have worked since 2019 as a consultant radiologist at the National Cancer Institute in Milan, "
           "where I report oncological MRI and CT and take part in the prostate and urological tumour boards. "
           "During the last year I started to read PSMA PET/CT together with nuclear medicine physicians."),
    research=("Together with the nuclear medicine department I designed a retrospective study on the added "
              "value of PSMA PET to multiparametric MRI in biochemical recurrence after prostatectomy, which "
              "was published in 2020."),
    plan=("When I return to Milan I plan to build a joint radiology–nuclear medicine reading service for "
          "hybrid examinations."),
    referees=[
        _r("Prof. Alfonso Marchianò", "Direttore, S.C. Radiologia Diagnostica e Interventistica", "Fondazione IRCCS Istituto Nazionale dei Tumori",
           ["Via Giacomo Venezian 1", "20133 Milano, Italy"], "alfonso.marchiano@example.it", "+39 02 2390 2111", "Prof. Marchianò"),
        _r("Dr.ssa Giulia Ferrante", "Responsabile, Medicina Nucleare e PET", "Fondazione IRCCS Istituto Nazionale dei Tumori",
           ["Via Giacomo Venezian 1", "20133 Milano, Italy"], "giulia.ferrante@example.it", "+39 02 2390 2280", "Dr. Ferrante"),
    ],
    passport=Passport("ITA", "REPUBBLICA ITALIANA", "YA4820617", date(2017, 9, 5), date(2027, 9, 4),
                      "Bergamo", "Questura di Milano"))

# ====================================================================== Lille
ZIELINSKA = Applicant(
    key="zielinska", surname="Zielińska", given="Katarzyna", sex="F", dob=date(1987, 12, 3),
    nationality="Polish", nat_code="POL", residence="Poland",
    address="ul. Banacha 1a, 02-097 Warszawa, Poland",
    email="k.zielinska@example.pl", phone="+48 601 882 417", esr_no="M-0141856",
    position="Specjalista radiologii (Radiologist)", department="II Zakład Radiologii Klinicznej",
    institution="Uniwersyteckie Centrum Kliniczne WUM", city_country="Warszawa / Poland",
    since="06/2019", med_degree="Warszawski Uniwersytet Medyczny", med_year=2012,
    board_date="14/05/2019", board_authority="Centrum Egzaminów Medycznych / CMKP, Warszawa",
    experience=[("06/2019 – present", "University Clinical Centre, Medical University of Warsaw", "Radiologist, neuroradiology team"),
                ("10/2013 – 05/2019", "University Clinical Centre, Medical University of Warsaw", "Resident in Radiology")],
    interests="Neuroradiology: multiple sclerosis, neuromyelitis optica spectrum disorders, advanced MRI (SWI, DIR).",
    languages=[("Polish", "mother tongue"), ("English", "C1"), ("German", "B1"), ("French", "A2")],
    n_pubs=9, topic="the central vein sign on susceptibility-weighted imaging in multiple sclerosis",
    specialty="neuroradiology", congress="ECTRIMS 2019, Stockholm (poster); ESNR 2019, Oslo (oral).",
    prev_esor="ESOR Visiting Scholarship Programme, Neuroradiology, Amsterdam 2017", place="Warszawa",
    pubs_key="ms",
    story=("I am a radiologist at the University Clinical Centre in Warsaw, where I belong to the "
           "neuroradiology team and report about thirty brain and spine MRI examinations every day. A large "
           "part of our patients come from the multiple sclerosis outpatient clinic of the neurology "
           "department, and since 2017 I have been the radiologist of its monthly case conference."),
    research=("My PhD, defended in 2019, examined the central vein sign on susceptibility-weighted imaging as "
              "a marker to distinguish multiple sclerosis from small-vessel disease."),
    plan=("I plan to bring back a standardised MS protocol and a structured report to our hospital and the "
          "Masovian MS network."),
    referees=[
        _r("Prof. dr hab. n. med. Andrzej Kowalczyk", "Head of the 2nd Department of Clinical Radiology", "Medical University of Warsaw",
           ["ul. Banacha 1a", "02-097 Warszawa, Poland"], "andrzej.kowalczyk@example.pl", "+48 22 599 1800", "Prof. Kowalczyk"),
        _r("Dr hab. n. med. Ewa Nowicka-Dąbrowska", "Head of the Multiple Sclerosis Clinic, Department of Neurology", "Medical University of Warsaw",
           ["ul. Banacha 1a", "02-097 Warszawa, Poland"], "ewa.nowicka@example.pl", "+48 22 599 2857", "Dr. Nowicka-Dąbrowska"),
    ],
    passport=Passport("POL", "RZECZPOSPOLITA POLSKA", "EM4071839", date(2016, 2, 10), date(2026, 2, 10),
                      "Łódź", "Wojewoda Mazowiecki", personal="87120309443"))

JANSSENS = Applicant(
    key="janssens", surname="Janssens", given="Pieter", sex="M", dob=date(1986, 3, 9),
    nationality="Belgian", nat_code="BEL", residence="Belgium",
    address="Naamsestraat 96, 3000 Leuven, Belgium",
    email="pieter.janssens@example.be", phone="+32 476 30 18 22", esr_no="M-0136620",
    esr_category="Full Member",
    position="Staff radiologist (adjunct-kliniekhoofd)", department="Department of Radiology",
    institution="AZ Groeninge, Kortrijk", city_country="Kortrijk / Belgium",
    since="09/2018", med_degree="KU Leuven (Master of Medicine)", med_year=2011,
    board_date="01/08/2018", board_authority="FOD Volksgezondheid (Federal Public Service Health), Brussels",
    experience=[("09/2018 – present", "AZ Groeninge, Kortrijk", "Staff radiologist"),
                ("08/2013 – 07/2018", "KU Leuven / UZ Leuven", "Resident in Radiology"),
                ("2011 – 2013", "KU Leuven", "PhD candidate, Medical Imaging Research Center")],
    interests="Neuroradiology, paediatric neuroimaging, inflammatory diseases of the CNS.",
    languages=[("Dutch", "mother tongue"), ("English", "C1"), ("French", "C1"), ("German", "B1")],
    n_pubs=11, topic="MOG antibody-associated disease in children",
    specialty="neuroradiology", congress="ESNR 2019 (oral); ESPR 2018 (poster).",
    prev_esor="none", place="Kortrijk", pubs_key="neuro",
    story=("After my residency at UZ Leuven I joined AZ Groeninge in Kortrijk, a large teaching hospital in "
           "West Flanders, as a staff radiologist with a neuroradiology profile. Kortrijk is only thirty "
           "kilometres from Lille, and many of our patients are shared with French neurologists."),
    research=("Before residency I completed a PhD at the Medical Imaging Research Center in Leuven on "
              "diffusion imaging, and I remain involved in a Belgian registry of paediatric demyelinating "
              "disease."),
    plan=("I would like to return to Kortrijk to set up a neuroinflammation imaging clinic together with our "
          "neurologists."),
    referees=[
        _r("Dr. Koen Vandenberghe", "Diensthoofd Radiologie (Head of Department)", "AZ Groeninge",
           ["President Kennedylaan 4", "8500 Kortrijk, Belgium"], "koen.vandenberghe@example.be", "+32 56 63 30 00", "Dr. Vandenberghe"),
        _r("Prof. dr. Liesbeth De Smet", "Neuroradiology, Department of Radiology", "UZ Leuven",
           ["Herestraat 49", "3000 Leuven, Belgium"], "liesbeth.desmet@example.be", "+32 16 33 22 11", "Prof. De Smet"),
    ],
    passport=Passport("BEL", "ROYAUME DE BELGIQUE / KONINKRIJK BELGIË", "EP2264091", date(2019, 5, 17), date(2026, 5, 16),
                      "Brugge", "Leuven", personal="86030912347"))

# ====================================================================== Visiting scholarship (residents)
KOVACEVIC = Applicant(
    key="kovacevic", surname="Kovačević", given="Ana Marija", sex="F", dob=date(1995, 1, 22),
    nationality="Croatian", nat_code="HRV", residence="Croatia",
    address="Ilica 147, 10000 Zagreb, Croatia",
    email="anamarija.kovacevic@example.hr", phone="+385 91 552 0874", esr_no="M-0240118",
    esr_category="Full Member (Resident)",
    position="Resident in Radiology, 4th year", department="Clinical Department of Diagnostic and Interventional Radiology",
    institution="University Hospital Centre Zagreb (KBC Zagreb)", city_country="Zagreb / Croatia",
    since="03/2021", med_degree="University of Zagreb School of Medicine", med_year=2019,
    board_date="expected 03/2026", board_authority="Croatian Ministry of Health",
    experience=[("03/2021 – present", "KBC Zagreb", "Resident in Radiology"),
                ("10/2019 – 02/2021", "Dom zdravlja Zagreb – Centar", "General practitioner (internship)")],
    interests="Paediatric radiology, ultrasound, fetal MRI.",
    languages=[("Croatian", "mother tongue"), ("English", "C1"), ("German", "B2")],
    n_pubs=2, topic="ultrasound of developmental dysplasia of the hip", specialty="paediatric radiology",
    congress="Croatian Congress of Radiology 2023 (poster).", prev_esor="none", place="Zagreb", train_year=4,
    story=("I am a fourth-year radiology resident at University Hospital Centre Zagreb. During my paediatric "
           "rotation I performed more than eight hundred ultrasound examinations and discovered how much I "
           "enjoy imaging children, where the radiologist often has to decide on the spot what the "
           "examination should answer."),
    research=("I am completing a small study on the reproducibility of the Graf method in screening for "
              "developmental dysplasia of the hip."),
    plan=("I hope to return to Zagreb with practical experience of fetal and neonatal MRI, which our hospital "
          "is just beginning to perform."),
    referees=[
        _r("Prof. dr. sc. Boris Brkljačić", "Head of the Clinical Department of Diagnostic and Interventional Radiology", "KBC Zagreb",
           ["Kišpatićeva 12", "10000 Zagreb, Croatia"], "boris.brkljacic@example.hr", "+385 1 2388 888", "Prof. Brkljačić"),
        _r("Doc. dr. sc. Maja Horvat Šimić", "Head of Paediatric Radiology", "KBC Zagreb",
           ["Kišpatićeva 12", "10000 Zagreb, Croatia"], "maja.horvat@example.hr", "+385 1 2388 450", "Dr. Horvat Šimić"),
    ])

LINDQVIST = Applicant(
    key="lindqvist", surname="Lindqvist", given="Jonas", sex="M", dob=date(1993, 8, 5),
    nationality="Swedish", nat_code="SWE", residence="Sweden",
    address="Sankt Eriksgatan 63, 112 34 Stockholm, Sweden",
    email="jonas.lindqvist@example.se", phone="+46 70 318 44 92", esr_no="M-0237745",
    esr_category="Full Member (Resident)",
    position="Resident in Radiology (ST-läkare), 3rd year", department="Department of Radiology",
    institution="Karolinska University Hospital", city_country="Stockholm / Sweden",
    since="09/2022", med_degree="Karolinska Institutet", med_year=2019,
    board_date="expected 09/2027", board_authority="Socialstyrelsen (National Board of Health and Welfare)",
    experience=[("09/2022 – present", "Karolinska University Hospital, Solna", "Resident in Radiology"),
                ("2020 – 2022", "Södersjukhuset, Stockholm", "Internship (AT-läkare)")],
    interests="Interventional radiology, vascular imaging.",
    languages=[("Swedish", "mother tongue"), ("English", "C2"), ("German", "B1")],
    n_pubs=3, topic="CT angiography before endovascular aneurysm repair", specialty="interventional radiology",
    congress="CIRSE 2024, Lisbon (poster).", prev_esor="none", place="Stockholm", train_year=3,
    story=("I am a third-year resident in radiology at Karolinska University Hospital. I have spent the last "
           "six months in the vascular and interventional section, where I have assisted in embolisations, "
           "biliary drainages and endovascular aortic repair, and report the planning CT angiographies."),
    research=("Together with the vascular surgeons I am measuring how well automated centreline analysis "
              "of CT angiography predicts stent-graft sizing."),
    plan=("After my visit I want to propose a structured training path in basic interventions for the "
          "residents of our programme."),
    referees=[
        _r("Docent Henrik Ek", "Head of the Department of Radiology", "Karolinska University Hospital",
           ["Eugeniavägen 3", "171 76 Stockholm, Sweden"], "henrik.ek@example.se", "+46 8 517 700 00", "Dr. Ek"),
        _r("Dr. Maria Söderström", "Director of Residency Training, Radiology", "Karolinska University Hospital",
           ["Eugeniavägen 3", "171 76 Stockholm, Sweden"], "maria.soderstrom@example.se", "+46 8 517 722 40", "Dr. Söderström"),
    ])

# ====================================================================== Bracco fellowship
YILMAZ = Applicant(
    key="yilmaz", surname="Yılmaz", given="Elif", sex="F", dob=date(1993, 4, 17),
    nationality="Turkish", nat_code="TUR", residence="Turkey",
    address="Sıhhiye Mah. Ziya Gökalp Cad. No: 12/7, 06100 Çankaya, Ankara, Türkiye",
    email="elif.yilmaz.md@example.com.tr", phone="+90 532 604 11 87", esr_no="M-0228890",
    position="Radiologist (Uzman Doktor)", department="Department of Radiology",
    institution="Hacettepe University Hospitals", city_country="Ankara / Türkiye",
    since="02/2023", med_degree="Hacettepe University Faculty of Medicine", med_year=2017,
    board_date="06/02/2023", board_authority="Ministry of Health of the Republic of Türkiye",
    experience=[("02/2023 – present", "Hacettepe University Hospitals", "Radiologist"),
                ("01/2018 – 01/2023", "Hacettepe University Hospitals", "Resident in Radiology")],
    interests="Cardiac imaging, congenital heart disease, cardiac MRI.",
    languages=[("Turkish", "mother tongue"), ("English", "C1"), ("German", "A2")],
    n_pubs=5, topic="cardiac MRI in adults with repaired tetralogy of Fallot", specialty="cardiac imaging",
    congress="ESCR 2023, Ghent (poster).", prev_esor="ESOR Asklepios course, Cardiac imaging, 2022", place="Ankara",
    story=("I completed my residency at Hacettepe University in 2023 and now work in the cardiovascular imaging "
           "unit, where we perform about two thousand cardiac MRI examinations a year, many of them in "
           "adults with congenital heart disease."),
    research=("My thesis examined right-ventricular volumes and strain after tetralogy of Fallot repair."),
    plan=("Back in Ankara I would like to introduce 4D flow imaging into our congenital heart disease "
          "programme."),
    referees=[
        _r("Prof. Dr. Mustafa Demirkazık", "Head of the Department of Radiology", "Hacettepe University Faculty of Medicine",
           ["Sıhhiye", "06100 Ankara, Türkiye"], "mdemirkazik@example.edu.tr", "+90 312 305 1000", "Prof. Demirkazık"),
        _r("Assoc. Prof. Dr. Zeynep Aydın Kara", "Cardiovascular Imaging Unit", "Hacettepe University Faculty of Medicine",
           ["Sıhhiye", "06100 Ankara, Türkiye"], "zaydin@example.edu.tr", "+90 312 305 1188", "Dr. Aydın Kara"),
    ])

FERNANDES = Applicant(
    key="fernandes", surname="Fernandes", given="Hugo", sex="M", dob=date(1994, 12, 1),
    nationality="Portuguese", nat_code="PRT", residence="Portugal",
    address="Avenida da Boavista 1788, 4100-115 Porto, Portugal",
    email="hugo.fernandes@example.pt", phone="+351 936 221 450", esr_no="M-0241902",
    position="Radiologist", department="Department of Radiology",
    institution="Hospital da Luz Lisboa", city_country="Lisbon / Portugal",
    since="01/2024", med_degree="Universidade do Minho, Braga", med_year=2018,
    board_date="18/12/2023", board_authority="Ordem dos Médicos",
    experience=[("01/2024 – present", "Hospital da Luz Lisboa", "Radiologist"),
                ("01/2019 – 12/2023", "Hospital de Santa Maria, Lisboa", "Resident in Radiology")],
    interests="Artificial intelligence in radiology, chest radiography, imaging informatics.",
    languages=[("Portuguese", "mother tongue"), ("English", "C2"), ("Spanish", "B2")],
    n_pubs=6, topic="deep-learning triage of chest radiographs", specialty="imaging informatics",
    congress="ECR 2024 (oral, AI theatre); SIIM 2023 (poster).", prev_esor="none", place="Lisboa",
    story=("I am a radiologist at Hospital da Luz in Lisbon and hold a master's degree in biomedical "
           "engineering. My work divides between general radiology and the hospital's imaging AI group, "
           "where I validate commercial and in-house algorithms before clinical deployment."),
    research=("Our group recently completed a prospective evaluation of deep-learning triage of chest "
              "radiographs in the emergency department."),
    plan=("I will bring back a validation framework for AI tools that other Portuguese hospitals can reuse."),
    referees=[
        _r("Dr. Rui Catarino", "Director of Radiology", "Hospital da Luz Lisboa",
           ["Avenida Lusíada 100", "1500-650 Lisboa, Portugal"], "rcatarino@example.pt", "+351 217 104 400", "Dr. Catarino"),
        _r("Prof. Sofia Almeida Reis", "Professor of Biomedical Engineering", "Instituto Superior Técnico, Lisboa",
           ["Av. Rovisco Pais 1", "1049-001 Lisboa, Portugal"], "sofia.reis@example.pt", "+351 218 417 000", "Prof. Reis"),
    ])

HOFBAUER = Applicant(
    key="hofbauer", surname="Hofbauer", given="Lena", sex="F", dob=date(1992, 10, 29),
    nationality="Austrian", nat_code="AUT", residence="Austria",
    address="Alser Straße 22/11, 1090 Wien, Austria",
    email="lena.hofbauer@example.at", phone="+43 664 215 3308", esr_no="M-0219473",
    position="Fachärztin für Radiologie, Deputy Quality Manager", department="Universitätsklinik für Radiologie und Nuklearmedizin",
    institution="Medizinische Universität Wien / AKH Wien", city_country="Vienna / Austria",
    since="07/2023", med_degree="Medizinische Universität Graz", med_year=2016,
    board_date="30/06/2023", board_authority="Österreichische Ärztekammer",
    experience=[("07/2023 – present", "AKH Wien", "Radiologist, deputy quality manager"),
                ("01/2018 – 06/2023", "AKH Wien", "Resident in Radiology")],
    interests="Department management, quality and safety, workflow optimisation, MSK imaging.",
    languages=[("German", "mother tongue"), ("English", "C1"), ("Italian", "B1")],
    n_pubs=4, topic="turnaround times and peer review in a university radiology department",
    specialty="management and quality", congress="ECR 2024 (EuroSafe Imaging session, oral).",
    prev_esor="none", place="Wien",
    story=("Since my board certification in 2023 I have combined clinical work in musculoskeletal radiology "
           "with the role of deputy quality manager of our department, which performs more than four "
           "hundred thousand examinations a year."),
    research=("I led our department's first peer-learning programme and a project that reduced CT report "
              "turnaround times for inpatients by a third."),
    plan=("I will use the fellowship to prepare our department's accreditation and to design a management "
          "curriculum for senior residents."),
    referees=[
        _r("Univ.-Prof. Dr. Christian Herold-Pichler", "Head of the Department of Biomedical Imaging", "Medizinische Universität Wien",
           ["Währinger Gürtel 18–20", "1090 Wien, Austria"], "c.herold-pichler@example.at", "+43 1 40400 48180", "Prof. Herold-Pichler"),
        _r("Mag. Dr. Barbara Leitner", "Head of Quality Management", "AKH Wien",
           ["Währinger Gürtel 18–20", "1090 Wien, Austria"], "barbara.leitner@example.at", "+43 1 40400 12050", "Dr. Leitner"),
    ])

ALL = {a.key: a for a in [WANG, CHEN, LIU, ZHAO, HUANG, ZHOU, BRENNAN, CARVALHO, MUELLER, NUNEZ, POPESCU, MORETTI,
                          ZIELINSKA, JANSSENS, KOVACEVIC, LINDQVIST, YILMAZ, FERNANDES, HOFBAUER]}
