"""Letter texts: several independent wordings per document type.

Texts use ``str.format`` placeholders filled from the applicant, the referee and
the programme (see ``slots``). They are written to read like real letters, in
different voices, not as one template with the name swapped.
"""
from __future__ import annotations

from .people import Applicant, Referee

# ------------------------------------------------------------------ programmes
PROGRAMMES = {
    "aim-china": dict(
        name="AIM China – Advanced Imaging Mentorship programme",
        short="AIM China fellowship",
        what="a three-month fellowship at a European training centre",
    ),
    "exchange-fellowship": dict(
        name="ESOR Exchange Programme for Fellowships",
        short="Exchange Fellowship",
        what="a three-month subspecialty fellowship",
    ),
    "icm-oncologic-imaging": dict(
        name="one-year clinical and research fellowship in oncologic imaging at the Institut du Cancer de Montpellier",
        short="ICM fellowship",
        what="a twelve-month fellowship in oncologic imaging in Montpellier",
    ),
    "gustave-roussy-hybrid-imaging": dict(
        name="one-year fellowship in hybrid imaging at Gustave Roussy",
        short="Gustave Roussy fellowship",
        what="a twelve-month fellowship in hybrid imaging in Villejuif",
    ),
    "lille-neuroinflammatory": dict(
        name="one-year fellowship in neuroinflammatory imaging at Hôpital Roger Salengro, CHU de Lille",
        short="Lille fellowship",
        what="a twelve-month fellowship in neuroinflammatory imaging in Lille",
    ),
    "visiting-scholarship-europe": dict(
        name="ESOR Visiting Scholarship Programme",
        short="Visiting Scholarship",
        what="a three-month visiting scholarship at a European training centre",
    ),
    "bracco-fellowship": dict(
        name="Bracco Fellowship Programme",
        short="Bracco fellowship",
        what="a fellowship at a European reference centre",
    ),
}

HEAD_WORDS = ("head", "director", "direktor", "chair", "jefe", "diensthoofd", "direttore", "kierownik", "chef")
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


def slots(a: Applicant, programme: str, r: Referee | None = None, track: str = "") -> dict[str, str]:
    p = PROGRAMMES[programme]
    chinese_ref = r is not None and "China" in " ".join(r.address)
    full = a.chinese_order if (chinese_ref or a.nat_code == "CHN" and r is None) else a.full
    years = max(2, min(10, 2025 - int(a.since[-4:]) + 3)) if a.since else 4
    head = r is not None and (r.is_head if r.is_head is not None else any(w in r.role.lower() for w in HEAD_WORDS))
    d = dict(a.pr)
    d.update(
        as_role=f"{a.pr['his']} Head of Department" if head else f"{a.pr['his']} tutor and supervisor",
        role_intro=("As Head of Department I am responsible for the training and the clinical work of all "
                    "radiologists in our service") if head else
                   (f"As {a.pr['his']} academic tutor I have supervised {a.pr['his']} clinical and scientific "
                    "work for several years"),
        dr=f"Dr. {full}", drs=f"Dr. {a.surname}", full=full, first=a.given, surname=a.surname,
        inst=a.institution, dept=a.department, specialty=a.specialty, topic=a.topic,
        prog=p["name"], prog_short=p["short"], prog_what=p["what"], plan=a.plan,
        years=NUMBER_WORDS.get(years, str(years)), society=a.society or "the society",
        host=a.host or "a European reference centre", track=track or "clinical",
        city=a.city_country.split("/")[0].strip(),
    )
    return d


def fill(paragraphs: list[str], s: dict[str, str]) -> list[str]:
    return [p.format(**s) for p in paragraphs]


# ------------------------------------------------------------------ salutations / closings
SAL_COMMITTEE = [
    "Dear Members of the Evaluation Committee,",
    "Dear Members of the ESOR Evaluation Committee,",
    "Dear Evaluation Committee,",
    "Dear Colleagues of the Evaluation Committee,",
]
SAL_OTHER = ["To whom it may concern,", "Dear Colleagues,", "Dear Sir or Madam,", "Dear Prof. {host_head},"]
CLOSINGS = ["Yours sincerely,", "Kind regards,", "Best regards,", "Sincerely yours,", "Yours faithfully,",
            "With best regards,", "Respectfully,"]

# ------------------------------------------------------------------ motivation letters
MOT_OPEN = {
    "aim-china": [
        "I am writing to apply for the {prog}. I am a radiologist at the {dept} of {inst}, and I would like to "
        "spend three months at a European centre to deepen my training in {specialty}.",
        "Please accept this letter as my application for the {prog_short} in the {track} track. The programme "
        "offers exactly what I have been looking for since my board certification: {prog_what} under the "
        "guidance of experienced mentors.",
        "It is with great enthusiasm that I submit my application to the {prog}. I first heard of the "
        "programme from a colleague who took part in it, and her description of daily work side by side with "
        "European radiologists convinced me to apply.",
    ],
    "exchange-fellowship": [
        "I would like to apply for the {prog} in cooperation with {society}. My preferred training centre is "
        "{host}.",
        "With this letter I apply for a three-month fellowship within the {prog}, organised together with "
        "{society}, of which I have been a member since my residency.",
    ],
    "icm-oncologic-imaging": [
        "I am writing to apply for the {prog}, announced by the European School of Radiology.",
        "I wish to apply for the {prog}. The combination of clinical oncologic imaging and research in image "
        "analysis that the Institut du Cancer de Montpellier offers matches both my experience and the "
        "direction I want my career to take.",
    ],
    "gustave-roussy-hybrid-imaging": [
        "I am applying for the {prog}, advertised by ESOR with a start date of 1 October 2022.",
        "Please consider my application for the {prog}. Gustave Roussy is one of the few European centres "
        "where radiologists and nuclear medicine physicians read hybrid examinations together, and this is "
        "precisely the way of working I would like to learn.",
    ],
    "lille-neuroinflammatory": [
        "I would like to apply for the {prog}.",
        "I am writing to express my interest in the {prog}, offered through the European School of Radiology.",
    ],
    "visiting-scholarship-europe": [
        "I am writing to apply for the {prog}.",
        "As a radiology resident in my {train_year_word} year of training, I would like to apply for the {prog}.",
    ],
    "bracco-fellowship": [
        "I am applying for the {prog}, in the {track} track.",
        "With this letter I submit my application for a {track} fellowship within the {prog}.",
    ],
}

MOT_WHY = {
    "aim-china": [
        "In China the volume of imaging is enormous, but the time available for structured training after "
        "board certification is small. Three months in a European department would allow me to see how "
        "protocols are agreed, how reports are structured and how radiologists take part in multidisciplinary "
        "decisions. I am particularly interested in the way European centres audit their own performance.",
        "What attracts me to the programme is the mentorship itself. I do not only want to observe "
        "examinations; I want to discuss difficult cases with an experienced colleague every day, to "
        "understand the reasoning behind each protocol, and to take part in teaching and research meetings.",
    ],
    "exchange-fellowship": [
        "The three months at {host} would expose me to a volume and complexity of cases that my current "
        "department cannot offer, and to a research environment that has shaped the {society} guidelines I "
        "use every day.",
        "I chose {host} because of its long experience in {specialty} and its structured fellowship "
        "programme, which combines daily reporting with multidisciplinary meetings and research.",
    ],
    "icm-oncologic-imaging": [
        "The fellowship in Montpellier would give me a year of full immersion in a comprehensive cancer "
        "centre, with daily participation in tumour boards and access to a team that works on quantitative "
        "imaging biomarkers. My French is at an intermediate level and I am taking lessons to improve it "
        "before the start of the fellowship.",
        "I am convinced that the next step in oncologic imaging is the careful validation of quantitative "
        "tools in real clinical practice. A year at ICM, where clinical and research work are closely "
        "connected, is the best preparation I can imagine for this.",
    ],
    "gustave-roussy-hybrid-imaging": [
        "A year at Gustave Roussy would allow me to acquire structured experience in PET/CT and PET/MRI in a "
        "comprehensive cancer centre, to take part in clinical trials with imaging end points, and to learn "
        "from a team that publishes widely on hybrid imaging. I speak French at B2 level, which will allow me "
        "to take full part in clinical work.",
        "I am convinced that the future of oncologic imaging lies in the integration of morphological and "
        "functional information, and that radiologists must be trained to read hybrid examinations with the "
        "same confidence as CT or MRI.",
    ],
    "lille-neuroinflammatory": [
        "The neuroradiology department of Roger Salengro Hospital is known for its work on neuroinflammatory "
        "diseases and for its close collaboration with the neurology department and the MS centre. A year "
        "there would give me the depth of experience in rare inflammatory conditions that I cannot obtain at "
        "home.",
        "What I hope to learn in Lille is not only image interpretation but the way a tertiary centre "
        "integrates MRI into the diagnosis and follow-up of patients with neuroinflammatory disease, from "
        "the first visit to the monitoring of treatment.",
    ],
    "visiting-scholarship-europe": [
        "A three-month stay in a large European department would show me how {specialty} is organised "
        "elsewhere, and would help me decide on my subspecialty before the end of my training. I would like to "
        "see how experienced radiologists protocol and report their examinations, how they teach residents "
        "during the working day, and how they take part in clinical meetings.",
        "My department encourages residents to train abroad, and my head of department has agreed to release "
        "me for three months. I see the scholarship as a chance to learn from a centre with a much larger "
        "volume of cases than ours, and to bring back practical ideas for our own residency programme.",
    ],
    "bracco-fellowship": [
        "The fellowship would give me time, away from daily service, to acquire skills that my department "
        "needs and that I cannot learn at home. In a {track} fellowship I would be able to follow experienced "
        "colleagues through their daily routine, to take part in their multidisciplinary meetings and "
        "teaching, and to understand not only what they do but why they organise their work the way they do.",
        "I have chosen the host institution because of its international reputation in {specialty} and its "
        "experience with visiting fellows. Its team has published widely in the field, and colleagues from my "
        "department who trained there describe the atmosphere as open and demanding at the same time, which "
        "is exactly the environment in which I learn best.",
    ],
}

MOT_CLOSE = [
    "Thank you for considering my application. I would be glad to provide any further information.",
    "I am highly motivated and would be grateful for the opportunity to take part in the programme. Thank "
    "you for your time and consideration.",
    "I hope that my application will be considered favourably, and I look forward to hearing from you.",
    "Thank you very much for reading my application. I remain at your disposal for an interview at any time.",
    "I am grateful for your consideration and hope to have the opportunity to contribute to and learn from "
    "this programme.",
]

# ------------------------------------------------------------------ recommendation letters
# Each voice is a list of paragraphs. Voices in SAME_DEPARTMENT_VOICES speak as a colleague of the
# applicant's own department; the others also suit a referee from a former training centre.
SAME_DEPARTMENT_VOICES = {0, 1, 3, 5, 7}
REC_VOICES = [
    [
        "It is my pleasure to recommend {dr} for the {prog}. I have known {him} for {years} years as "
        "{as_role}, and I have followed {his} development from resident to independent radiologist.",
        "{drs} is a careful and reliable radiologist. {He} reports a wide range of examinations in {specialty} "
        "with a level of accuracy that our clinicians rely on, and {he} is often the colleague whom others ask "
        "when a case is difficult. {He} has a calm manner with patients and with the technologists, and {he} "
        "takes part in our multidisciplinary meetings with clear and well-prepared presentations.",
        "{His} research on {topic} shows both curiosity and perseverance. {He} designed the study largely "
        "{himself}, obtained the approval of our ethics committee, and has presented the results at "
        "international meetings.",
        "I am convinced that {drs} will make the most of this opportunity and will bring the experience back "
        "to our department. I recommend {him} without reservation.",
    ],
    [
        "I am pleased to write this letter in support of the application of {dr}, who has worked in our "
        "department since {since}.",
        "During this time {he} has shown an excellent knowledge of {specialty} and an unusual ability to "
        "combine clinical work with research. {He} joined our research meetings from the first month, and "
        "within a year {he} had become the person who organised them. {His} work on {topic} is, in my view, "
        "among the best produced by a young radiologist in our hospital in recent years.",
        "I would also like to emphasise {his} qualities as a teacher. Residents ask to be on the same rota as "
        "{drs}, because {he} explains findings patiently and always finds time for questions, even on busy "
        "days.",
        "The {prog_short} would be an important step in {his} career, and I am certain that {he} would be an "
        "excellent ambassador for our institution. Please do not hesitate to contact me if you need any "
        "further information.",
    ],
    [
        "Re: {dr}",
        "I have been asked by {drs} to provide a reference in support of {his} application to the {prog}, and "
        "I do so with great pleasure.",
        "I have supervised {his} work closely over the last {years} years. {He} is hard-working, "
        "conscientious and honest, and {he} knows the limits of {his} knowledge, which in a radiologist is "
        "worth a great deal. {His} reports are concise and clinically relevant. {He} has a genuine interest "
        "in {specialty}, and {he} has read far beyond what is expected at {his} stage.",
        "{He} gets on well with colleagues of all professions, and {he} has repeatedly volunteered for "
        "additional duties, including the organisation of our departmental teaching programme.",
        "In summary, I believe {drs} is an outstanding candidate, and I give {him} my strongest support.",
    ],
    [
        "With this letter I would like to support the application of my colleague {dr} to the {prog}.",
        "{drs} has been part of our team at {inst} for {years} years. In this time I have had many "
        "opportunities to appreciate {his} competence, {his} commitment to patients and {his} loyalty to "
        "the department. {He} has a sound training in all areas of general radiology and a special interest "
        "in {specialty}, where {his} clinical and scientific work has already been recognised outside our "
        "hospital.",
        "{He} is well organised, takes responsibility readily and communicates clearly with referring "
        "physicians. I have no doubt that {he} will adapt quickly to a new environment and will be a "
        "valuable member of the host team.",
        "Our department fully supports this application and will welcome {drs} back after the fellowship, so "
        "that {his} new skills benefit our patients and our residents.",
    ],
    [
        "I am writing to recommend {dr} in the strongest terms.",
        "I first met {drs} when {he} rotated through my section as a resident, and I have worked with {him} "
        "ever since. From the beginning {he} stood out for {his} thoroughness: {he} reviews previous "
        "examinations, checks the clinical records, and calls the referring physician when something does "
        "not fit. These habits are not common, and they make {him} a radiologist one can trust.",
        "In research, {drs} has led a project on {topic} from the initial idea to publication. {He} handled "
        "data collection, statistical analysis and the review process with very little help from me.",
        "{He} now wishes to broaden {his} experience abroad, and I think this is exactly the right moment for "
        "it. I am sure that {he} will profit greatly from the {prog_short}, and that the host centre will "
        "profit from {his} presence as well.",
        "I would be happy to answer any questions about this candidate.",
    ],
    [
        "It is my pleasure to support the application of {dr}.",
        "{role_intro}, and I can state that {drs} is one of the most promising colleagues of {his} "
        "generation. {His} clinical judgement is mature, {his} knowledge of imaging anatomy and pathology is "
        "excellent, and {he} remains calm under pressure, including during night and weekend duties.",
        "{He} has a particular talent for {specialty}, and {he} has already contributed to the modernisation "
        "of our protocols. {His} publications show that {he} can carry a research project to its end.",
        "Our department will release {drs} for the whole duration of the fellowship. I recommend {him} "
        "warmly and without any hesitation.",
    ],
    [
        "Letter of support for {dr}",
        "I have known {drs} for {years} years, first as a student in my lectures and later as a colleague in "
        "{specialty}. {He} is one of those rare people who combine technical skill with warmth, and patients "
        "as well as colleagues appreciate {his} work.",
        "{His} main interest is {topic}, and {he} has pursued it with remarkable persistence, often in "
        "{his} own time. {He} presents clearly, writes well in English, and accepts criticism without "
        "losing confidence.",
        "I support {his} application with enthusiasm, and I am convinced that the {prog_short} will help "
        "{him} to become a leader in {his} field.",
    ],
    [
        "I have the pleasure of recommending {dr}, who applies for the {prog}.",
        "{drs} has been working under my direct supervision in the {specialty} section. {He} is technically "
        "skilled, reliable and friendly. {He} handles a heavy workload without compromising quality, and {his} "
        "reports are well structured and easy to act upon.",
        "Beyond daily work, {he} has contributed to the education of medical students and residents, and {he} "
        "helped us to introduce a structured reporting template that is now used throughout the department.",
        "I am confident that {drs} has the knowledge, the language skills and the personality to succeed in "
        "this fellowship. I give {him} my full support.",
    ],
]

# A recommendation long enough to run over two pages (its signature lands on page 2).
REC_LONG_EXTRA = [
    "Let me add a few words about {his} clinical work in more detail, as I believe it is the best evidence "
    "of {his} readiness for the fellowship. In the last year {drs} was responsible for the daily protocol "
    "review of our MRI scanners, which meant that every request passed through {his} hands before the "
    "examination. {He} reduced the number of repeated examinations noticeably, simply by asking the right "
    "questions before the patient arrived, and {he} wrote a short guide for the technologists that we still "
    "use.",
    "{He} has also been one of the most reliable colleagues during on-call duties. Emergency imaging in our "
    "hospital covers a population of more than two million people, and the radiologist on duty often works "
    "alone at night. I have reviewed many of {his} night reports and found them precise, honest about "
    "uncertainty and always clinically useful.",
    "Finally, I would like to mention {his} personal qualities. {drs} is modest, curious and generous with "
    "{his} time. {He} organised a journal club for residents, and {he} regularly helps colleagues from "
    "smaller hospitals in our region with second opinions. These qualities will make {him} a welcome guest "
    "in any department.",
]

# ------------------------------------------------------------------ French texts
FR_RECOMMENDATION = [
    "Objet : lettre de recommandation pour {dr}",
    "Madame, Monsieur,",
    "C'est avec un grand plaisir que je recommande {dr}, que j'ai accueilli{e} dans mon service pendant "
    "quatre mois en qualité de radiologue observat{eur}. Durant ce séjour, {pr_fr} a participé à "
    "l'ensemble des activités du service : vacations d'IRM, staffs multidisciplinaires, réunions "
    "bibliographiques et enseignement des internes.",
    "J'ai été frappée par la rigueur de son travail et par la qualité de ses comptes rendus. {Pr_fr} a "
    "rapidement acquis nos protocoles et a su poser des questions pertinentes sur des cas difficiles. Sa "
    "curiosité scientifique est remarquable : {pr_fr} a analysé avec notre équipe une série de patients "
    "et a contribué à la rédaction d'un résumé présenté aux Journées Francophones de Radiologie.",
    "Au-delà de ses compétences techniques, {pr_fr} s'est parfaitement intégré{e} à l'équipe médicale et "
    "paramédicale, malgré la barrière de la langue, qu'{pr_fr} a su dépasser avec beaucoup de bonne volonté. "
    "Ses collègues apprécient son sérieux, sa disponibilité et sa gentillesse.",
    "Je suis convaincue que ce programme de formation lui permettra de développer davantage ses "
    "compétences et de les transmettre à son retour dans son hôpital. Je soutiens donc sa candidature "
    "sans aucune réserve et reste à votre disposition pour tout renseignement complémentaire.",
    "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
]

FR_MOTIVATION = [
    "Objet : candidature au fellowship d'un an en imagerie hybride à Gustave Roussy",
    "Mesdames et Messieurs les membres du comité de sélection,",
    "Je me permets de vous adresser ma candidature pour le fellowship clinique et de recherche d'un an en "
    "imagerie hybride proposé par l'European School of Radiology à Gustave Roussy, à partir du 1er octobre "
    "2022.",
    "Radiologue depuis novembre 2019, je travaille à l'Institut oncologique de Bucarest, où j'interprète "
    "les examens de scanner et d'IRM oncologiques et, depuis l'installation de notre premier TEP-TDM, les "
    "examens hybrides en collaboration avec nos collègues de médecine nucléaire. Pendant mon internat, j'ai "
    "effectué un stage Erasmus+ de six mois au Centre Hospitalier Lyon-Sud, qui a été mon premier contact "
    "avec l'imagerie hybride et avec la pratique clinique française.",
    "Gustave Roussy est l'un des rares centres européens où radiologues et médecins nucléaires lisent "
    "ensemble les examens TEP-TDM et TEP-IRM. Une année dans votre service me permettrait d'acquérir une "
    "expérience structurée de ces techniques, de participer aux essais cliniques comportant des critères "
    "d'évaluation en imagerie et de contribuer aux travaux de recherche de l'équipe. Mon institut prévoit "
    "l'installation d'une TEP-IRM en 2023 et m'a confié la préparation des protocoles oncologiques.",
    "Je parle français couramment (niveau B2, DELF obtenu en 2019) et anglais (niveau C1), ce qui me "
    "permettra de participer pleinement à l'activité clinique comme aux réunions scientifiques.",
    "Je vous remercie de l'attention que vous porterez à ma candidature et reste à votre disposition pour "
    "un entretien.",
    "Veuillez agréer, Mesdames et Messieurs, l'expression de mes salutations respectueuses.",
]


def french_slots(a: Applicant) -> dict[str, str]:
    fem = a.sex == "F"
    return {"dr": f"le Dr {a.chinese_order if a.nat_code == 'CHN' else a.full}",
            "e": "e" if fem else "", "eur": "rice" if fem else "eur",
            "pr_fr": "elle" if fem else "il", "Pr_fr": "Elle" if fem else "Il"}
