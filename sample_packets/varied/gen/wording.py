"""Letters in thirteen languages: a motivation letter speaks in the first person about the
writer's own training, a recommendation speaks in the third person about the candidate.

The two kinds are written so that they differ by form and by who speaks, not by a few
English phrases: the words a splitter can learn from are the ones a clerk reads.
``[[f|m]]`` picks the feminine or masculine form after the candidate's sex.
"""
from __future__ import annotations

import re

# title before a doctor's name, per language ({} is the full name)
DOCTOR = {"en": "Dr. {}", "fr": "Dr {}", "de": "Dr. {}", "es": "[[Dra.|Dr.]] {}", "it": "[[dott.ssa|dott.]] {}",
          "pt": "[[Dra.|Dr.]] {}", "nl": "dr. {}", "pl": "[[lek. med.|lek. med.]] {}", "ro": "[[dr.|dr.]] {}",
          "el": "Δρ. {}", "tr": "Dr. {}", "ru": "{}", "zh": "{}医生"}

COMMITTEE = {
    "en": ["ESOR Evaluation Committee", "European School of Radiology", "Am Gestade 1, 1010 Vienna, Austria"],
    "fr": ["Comité d'évaluation de l'ESOR", "European School of Radiology", "Am Gestade 1, 1010 Vienne, Autriche"],
    "de": ["An das Evaluierungskomitee der ESOR", "European School of Radiology", "Am Gestade 1, 1010 Wien, Österreich"],
    "es": ["Comité de Evaluación de la ESOR", "European School of Radiology", "Am Gestade 1, 1010 Viena, Austria"],
    "it": ["Spett.le Comitato di Valutazione ESOR", "European School of Radiology", "Am Gestade 1, 1010 Vienna, Austria"],
    "pt": ["Comissão de Avaliação da ESOR", "European School of Radiology", "Am Gestade 1, 1010 Viena, Áustria"],
    "nl": ["Aan de Evaluatiecommissie van ESOR", "European School of Radiology", "Am Gestade 1, 1010 Wenen, Oostenrijk"],
    "pl": ["Komisja Oceniająca ESOR", "European School of Radiology", "Am Gestade 1, 1010 Wiedeń, Austria"],
    "ro": ["Către Comisia de Evaluare ESOR", "European School of Radiology", "Am Gestade 1, 1010 Viena, Austria"],
    "el": ["Προς την Επιτροπή Αξιολόγησης της ESOR", "European School of Radiology", "Am Gestade 1, 1010 Βιέννη, Αυστρία"],
    "tr": ["ESOR Değerlendirme Komitesi'ne", "European School of Radiology", "Am Gestade 1, 1010 Viyana, Avusturya"],
    "ru": ["В Оценочный комитет ESOR", "European School of Radiology", "Am Gestade 1, 1010 Вена, Австрия"],
    "zh": ["致：欧洲放射学院（ESOR）评审委员会", "European School of Radiology", "奥地利维也纳 Am Gestade 1, 1010"],
}

MOTIVATION = {
    "fr": dict(
        title="Lettre de motivation",
        salutation="Mesdames et Messieurs les membres du Comité d'évaluation,",
        body=[
            "Je me permets de vous adresser ma candidature au {prog}. Je suis radiologue à {inst} depuis {since} et "
            "je consacre l'essentiel de mon activité à {field}.",
            "Au cours de mon internat, j'ai appris à réaliser et à interpréter les examens d'IRM et de scanner de "
            "façon autonome ; j'ai ensuite participé chaque semaine aux réunions de concertation pluridisciplinaire "
            "et présenté mes premiers travaux lors de congrès nationaux. Ces expériences m'ont convaincu[[e|]] de "
            "l'importance d'une formation complémentaire dans un centre de référence.",
            "Ce programme me permettrait d'approfondir mes compétences, d'apprendre de nouveaux protocoles et de "
            "les transmettre ensuite à mon équipe. Je suis motivé[[e|]] et disponible pour toute la durée de la "
            "formation, et je serais honoré[[e|]] de pouvoir y participer.",
        ],
        closing="Je vous prie d'agréer, Mesdames et Messieurs, l'expression de mes salutations distinguées."),
    "de": dict(
        title="Motivationsschreiben",
        salutation="Sehr geehrte Mitglieder des Evaluierungskomitees,",
        body=[
            "hiermit bewerbe ich mich um die Teilnahme am {prog}. Seit {since} arbeite ich als Radiolog[[in|e]] am "
            "{inst}; mein Schwerpunkt ist {field}.",
            "Während meiner Facharztausbildung habe ich gelernt, MRT- und CT-Untersuchungen selbständig zu planen "
            "und zu befunden. Ich nehme regelmäßig an interdisziplinären Tumorkonferenzen teil und habe meine "
            "ersten eigenen Studien auf nationalen Kongressen vorgestellt.",
            "Von dem Programm erhoffe ich mir, meine Kenntnisse in einem spezialisierten Zentrum zu vertiefen, neue "
            "Untersuchungsprotokolle kennenzulernen und diese Erfahrungen anschließend an meine Kolleginnen und "
            "Kollegen weiterzugeben. Für die gesamte Dauer stehe ich zur Verfügung.",
        ],
        closing="Mit freundlichen Grüßen"),
    "es": dict(
        title="Carta de motivación",
        salutation="Estimados miembros del Comité de Evaluación:",
        body=[
            "Me dirijo a ustedes para presentar mi candidatura al {prog}. Trabajo como radiólog[[a|o]] en {inst} "
            "desde {since} y me dedico principalmente a {field}.",
            "Durante mi residencia aprendí a realizar e informar de forma autónoma estudios de resonancia magnética "
            "y tomografía computarizada. Participo cada semana en los comités multidisciplinares de tumores y he "
            "presentado mis primeros trabajos de investigación en congresos nacionales.",
            "Esta estancia me permitiría profundizar mis conocimientos en un centro de referencia, aprender nuevos "
            "protocolos y transmitirlos después a mi servicio. Estoy plenamente disponible durante todo el periodo "
            "de formación y les agradezco de antemano la consideración de mi solicitud.",
        ],
        closing="Atentamente,"),
    "it": dict(
        title="Lettera di motivazione",
        salutation="Gentili Membri del Comitato di Valutazione,",
        body=[
            "con la presente desidero presentare la mia candidatura al {prog}. Lavoro come radiolog[[a|o]] presso "
            "{inst} dal {since} e mi occupo soprattutto di {field}.",
            "Durante la scuola di specializzazione ho imparato a eseguire e refertare in autonomia esami di "
            "risonanza magnetica e di tomografia computerizzata. Partecipo ogni settimana ai gruppi "
            "multidisciplinari oncologici e ho presentato i miei primi lavori a congressi nazionali.",
            "Questo programma mi permetterebbe di approfondire le mie competenze in un centro di riferimento, di "
            "apprendere nuovi protocolli e di trasmetterli poi ai colleghi del mio reparto. Sono disponibile per "
            "l'intera durata del periodo di formazione.",
        ],
        closing="Distinti saluti,"),
    "pt": dict(
        title="Carta de motivação",
        salutation="Exmos. Senhores Membros da Comissão de Avaliação,",
        body=[
            "Venho por este meio apresentar a minha candidatura ao {prog}. Sou radiologista em {inst} desde {since} "
            "e dedico-me sobretudo a {field}.",
            "Durante o internato aprendi a realizar e a relatar de forma autónoma exames de ressonância magnética e "
            "de tomografia computorizada. Participo semanalmente nas reuniões multidisciplinares e apresentei os "
            "meus primeiros trabalhos em congressos nacionais.",
            "Este programa permitir-me-ia aprofundar os meus conhecimentos num centro de referência, aprender novos "
            "protocolos e transmiti-los depois à minha equipa. Estou disponível durante todo o período de formação.",
        ],
        closing="Com os melhores cumprimentos,"),
    "nl": dict(
        title="Motivatiebrief",
        salutation="Geachte leden van de Evaluatiecommissie,",
        body=[
            "Hierbij stel ik mij kandidaat voor het {prog}. Sinds {since} werk ik als radioloog in {inst}, waar ik "
            "mij vooral toeleg op {field}.",
            "Tijdens mijn opleiding heb ik geleerd om MRI- en CT-onderzoeken zelfstandig te plannen en te "
            "beoordelen. Ik neem wekelijks deel aan multidisciplinaire overleggen en heb mijn eerste onderzoek "
            "gepresenteerd op nationale congressen.",
            "Dit programma zou mij de kans geven mijn kennis te verdiepen in een gespecialiseerd centrum, nieuwe "
            "protocollen te leren en die daarna met mijn collega's te delen. Ik ben beschikbaar voor de volledige "
            "duur van de opleiding.",
        ],
        closing="Met vriendelijke groet,"),
    "pl": dict(
        title="List motywacyjny",
        salutation="Szanowni Członkowie Komisji Oceniającej,",
        body=[
            "zwracam się z prośbą o przyjęcie mojej kandydatury do programu {prog}. Od {since} pracuję jako "
            "radiolog w {inst}, gdzie zajmuję się przede wszystkim {field}.",
            "W trakcie specjalizacji nauczył[[am|em]] się samodzielnie planować i opisywać badania rezonansu "
            "magnetycznego oraz tomografii komputerowej. Regularnie uczestniczę w konsyliach "
            "wielodyscyplinarnych, a swoje pierwsze prace przedstawił[[am|em]] na krajowych zjazdach.",
            "Udział w programie pozwoliłby mi pogłębić wiedzę w ośrodku referencyjnym, poznać nowe protokoły "
            "badań i przekazać to doświadczenie mojemu zespołowi. Jestem dostępn[[a|y]] przez cały okres szkolenia.",
        ],
        closing="Z wyrazami szacunku,"),
    "ro": dict(
        title="Scrisoare de intenție",
        salutation="Stimați membri ai Comisiei de Evaluare,",
        body=[
            "Vă adresez prin prezenta candidatura mea pentru {prog}. Lucrez ca medic radiolog la {inst} din {since} "
            "și mă ocup în special de {field}.",
            "În timpul rezidențiatului am învățat să efectuez și să interpretez în mod independent examinări de "
            "rezonanță magnetică și tomografie computerizată. Particip săptămânal la comisiile multidisciplinare și "
            "am prezentat primele mele lucrări la congrese naționale.",
            "Acest program mi-ar permite să îmi aprofundez cunoștințele într-un centru de referință, să învăț "
            "protocoale noi și să le transmit apoi colegilor mei. Sunt disponibil[[ă|]] pe toată durata stagiului.",
        ],
        closing="Cu stimă,"),
    "el": dict(
        title="Συνοδευτική επιστολή",
        salutation="Αξιότιμα μέλη της Επιτροπής Αξιολόγησης,",
        body=[
            "Με την παρούσα επιστολή υποβάλλω την αίτησή μου για το {prog}. Εργάζομαι ως ακτινολόγος στο {inst} "
            "από το {since} και ασχολούμαι κυρίως με {field}.",
            "Κατά τη διάρκεια της ειδικότητας έμαθα να εκτελώ και να γνωματεύω αυτόνομα εξετάσεις μαγνητικής και "
            "αξονικής τομογραφίας. Συμμετέχω κάθε εβδομάδα στα πολυεπιστημονικά συμβούλια και έχω παρουσιάσει τις "
            "πρώτες μου εργασίες σε εθνικά συνέδρια.",
            "Το πρόγραμμα θα μου επέτρεπε να εμβαθύνω τις γνώσεις μου σε ένα κέντρο αναφοράς, να μάθω νέα "
            "πρωτόκολλα και να τα μεταφέρω στη συνέχεια στην ομάδα μου. Είμαι διαθέσιμ[[η|ος]] για όλη τη "
            "διάρκεια της εκπαίδευσης.",
        ],
        closing="Με εκτίμηση,"),
    "tr": dict(
        title="Niyet mektubu",
        salutation="Değerli Değerlendirme Komitesi Üyeleri,",
        body=[
            "{prog} için başvurumu bilgilerinize sunarım. {since} yılından bu yana {inst} bünyesinde radyolog "
            "olarak çalışıyorum ve ağırlıklı olarak {field} alanıyla ilgileniyorum.",
            "Uzmanlık eğitimim sırasında manyetik rezonans ve bilgisayarlı tomografi incelemelerini bağımsız "
            "olarak planlamayı ve raporlamayı öğrendim. Her hafta multidisipliner konseylere katılıyorum ve ilk "
            "çalışmalarımı ulusal kongrelerde sundum.",
            "Bu program, bilgimi bir referans merkezinde derinleştirmemi, yeni protokoller öğrenmemi ve bunları "
            "daha sonra ekibime aktarmamı sağlayacaktır. Eğitimin tamamı boyunca hazır bulunabilirim.",
        ],
        closing="Saygılarımla,"),
    "ru": dict(
        title="Мотивационное письмо",
        salutation="Уважаемые члены Оценочного комитета!",
        body=[
            "Прошу рассмотреть мою кандидатуру для участия в программе {prog}. С {since} года я работаю "
            "врачом-рентгенологом в {inst} и занимаюсь преимущественно {field}.",
            "Во время ординатуры я научил[[ась|ся]] самостоятельно проводить и описывать исследования МРТ и КТ. "
            "Я регулярно участвую в междисциплинарных консилиумах и представлял[[а|]] свои первые работы на "
            "национальных конгрессах.",
            "Эта программа позволит мне углубить знания в ведущем центре, освоить новые протоколы и затем "
            "передать этот опыт своим коллегам. Я готов[[а|]] участвовать в программе в течение всего срока "
            "обучения.",
        ],
        closing="С уважением,"),
    "zh": dict(
        title="申请动机信",
        salutation="尊敬的评审委员会各位委员：",
        body=[
            "您好！我谨此申请参加{prog}。我自{since}年起在{inst}放射科工作，主要从事{field}方面的临床与科研工作。",
            "在住院医师规范化培训期间，我学会了独立完成并书写磁共振和CT检查报告。我每周参加多学科会诊，"
            "并在全国性学术会议上报告过自己的研究成果。",
            "我希望通过本项目在欧洲的培训中心深入学习新的检查方案和结构化报告方法，回国后将这些经验传授给科室同事，"
            "推动本院相关工作的发展。我可以全程参加培训。感谢委员会对我申请的考虑。",
        ],
        closing="此致\n敬礼！"),
}

RECOMMENDATION = {
    "fr": dict(
        title="Lettre de recommandation",
        salutation="Mesdames et Messieurs les membres du Comité d'évaluation,",
        body=[
            "C'est avec plaisir que je recommande {dr} pour le {prog}. Je connais [[la candidate|le candidat]] "
            "depuis {since}, date à laquelle [[elle|il]] a rejoint notre service à {inst}.",
            "[[Elle|Il]] a fait preuve d'une grande rigueur dans l'interprétation des examens, d'un excellent sens "
            "clinique et d'une réelle aptitude au travail en équipe. Ses collègues comme les cliniciens apprécient "
            "la clarté de ses comptes rendus, et [[elle|il]] participe activement à l'enseignement des internes.",
            "Je suis convaincu que {dr} tirera le meilleur parti de cette formation et qu'[[elle|il]] en fera "
            "bénéficier notre service à son retour. Je soutiens sa candidature sans réserve.",
        ],
        closing="Veuillez agréer, Mesdames et Messieurs, l'expression de mes sentiments les meilleurs."),
    "de": dict(
        title="Empfehlungsschreiben",
        salutation="Sehr geehrte Damen und Herren des Evaluierungskomitees,",
        body=[
            "gerne empfehle ich {dr} für das {prog}. Ich kenne [[die Kandidatin|den Kandidaten]] seit {since}, als "
            "[[sie|er]] [[ihre|seine]] Tätigkeit in unserer Klinik am {inst} aufnahm.",
            "[[Frau|Herr]] {surname} zeichnet sich durch große Sorgfalt bei der Befundung, ein ausgezeichnetes "
            "klinisches Urteilsvermögen und Teamfähigkeit aus. Zuweisende Kolleginnen und Kollegen schätzen "
            "[[ihre|seine]] klaren Befunde, und [[sie|er]] beteiligt sich engagiert an der Ausbildung der "
            "Assistenzärztinnen und Assistenzärzte.",
            "Ich bin überzeugt, dass {dr} von diesem Programm in besonderem Maße profitieren und das Erlernte in "
            "unsere Abteilung einbringen wird. Ich unterstütze die Bewerbung daher ohne Einschränkung.",
        ],
        closing="Mit freundlichen Grüßen"),
    "es": dict(
        title="Carta de recomendación",
        salutation="Estimados miembros del Comité de Evaluación:",
        body=[
            "Es un placer para mí recomendar [[a la|al]] {dr} para el {prog}. Conozco a [[la candidata|el candidato]] desde "
            "{since}, cuando se incorporó a nuestro servicio en {inst}.",
            "Durante este tiempo ha demostrado un gran rigor en la interpretación de los estudios, un excelente "
            "criterio clínico y una notable capacidad de trabajo en equipo. Los clínicos valoran la claridad de sus "
            "informes y participa con entusiasmo en la docencia de los residentes.",
            "Estoy convencido de que [[la|el]] {dr} aprovechará al máximo esta formación y de que su experiencia beneficiará "
            "a nuestro servicio a su regreso. Por todo ello, apoyo su candidatura sin reservas.",
        ],
        closing="Atentamente,"),
    "it": dict(
        title="Lettera di referenze",
        salutation="Gentili Membri del Comitato di Valutazione,",
        body=[
            "è con piacere che raccomando [[la|il]] {dr} per il {prog}. Conosco [[la candidata|il candidato]] dal {since}, "
            "quando è entrat[[a|o]] a far parte della nostra struttura presso {inst}.",
            "In questi anni ha dimostrato grande accuratezza nella refertazione, ottimo giudizio clinico e "
            "spiccata attitudine al lavoro di squadra. I clinici apprezzano la chiarezza dei suoi referti ed è "
            "molto attiv[[a|o]] nella formazione degli specializzandi.",
            "Sono certo che [[la|il]] {dr} saprà trarre il massimo beneficio da questa esperienza e che, al rientro, ne "
            "beneficerà tutto il nostro reparto. Sostengo pertanto la candidatura senza riserve.",
        ],
        closing="Cordiali saluti,"),
    "pt": dict(
        title="Carta de recomendação",
        salutation="Exmos. Senhores Membros da Comissão de Avaliação,",
        body=[
            "É com muito gosto que recomendo [[a|o]] {dr} para o {prog}. Conheço [[a candidata|o candidato]] desde {since}, "
            "quando integrou o nosso serviço em {inst}.",
            "Ao longo deste período demonstrou grande rigor na interpretação dos exames, excelente juízo clínico e "
            "uma notável capacidade de trabalho em equipa. Os clínicos apreciam a clareza dos seus relatórios e "
            "participa ativamente na formação dos internos.",
            "Estou convicto de que [[a|o]] {dr} tirará o máximo proveito desta formação e de que o nosso serviço "
            "beneficiará da sua experiência no regresso. Apoio, por isso, a sua candidatura sem reservas.",
        ],
        closing="Com os melhores cumprimentos,"),
    "nl": dict(
        title="Aanbevelingsbrief",
        salutation="Geachte leden van de Evaluatiecommissie,",
        body=[
            "Met genoegen beveel ik {dr} aan voor het {prog}. Ik ken [[de kandidate|de kandidaat]] sinds {since}, "
            "toen [[zij|hij]] in onze dienst in {inst} begon.",
            "[[Zij|Hij]] onderscheidt zich door nauwkeurige verslaggeving, een uitstekend klinisch oordeel en een "
            "grote bereidheid om in team te werken. De aanvragende artsen waarderen [[haar|zijn]] heldere "
            "verslagen en [[zij|hij]] neemt actief deel aan de opleiding van de assistenten.",
            "Ik ben ervan overtuigd dat {dr} het maximum uit dit programma zal halen en dat onze dienst nadien van "
            "[[haar|zijn]] ervaring zal profiteren. Ik steun deze kandidatuur dan ook zonder voorbehoud.",
        ],
        closing="Hoogachtend,"),
    "pl": dict(
        title="List polecający",
        salutation="Szanowni Członkowie Komisji Oceniającej,",
        body=[
            "z przyjemnością rekomenduję {dr} do udziału w programie {prog}. [[Kandydatkę|Kandydata]] znam od "
            "{since}, kiedy [[rozpoczęła|rozpoczął]] pracę w naszym zakładzie w {inst}.",
            "Przez ten czas [[wykazała|wykazał]] się dużą starannością w opisywaniu badań, bardzo dobrym "
            "osądem klinicznym i umiejętnością pracy w zespole. Lekarze kierujący cenią [[jej|jego]] jasne opisy, "
            "a [[ona|on]] sam[[a|]] chętnie uczestniczy w szkoleniu rezydentów.",
            "Jestem przekonany, że {dr} w pełni wykorzysta ten program, a zdobyte doświadczenie przyniesie "
            "korzyść całemu zakładowi. Popieram tę kandydaturę bez zastrzeżeń.",
        ],
        closing="Z poważaniem,"),
    "ro": dict(
        title="Scrisoare de recomandare",
        salutation="Stimați membri ai Comisiei de Evaluare,",
        body=[
            "Am plăcerea de a [[o|îl]] recomanda pe {dr} pentru {prog}. [[O|Îl]] cunosc din {since}, când "
            "[[s-a alăturat|s-a alăturat]] echipei noastre de la {inst}.",
            "În această perioadă a dat dovadă de rigoare în interpretarea examinărilor, de un foarte bun raționament "
            "clinic și de spirit de echipă. Clinicienii apreciază claritatea rapoartelor sale, iar în cadrul "
            "clinicii se implică activ în pregătirea medicilor rezidenți.",
            "Sunt convins că {dr} va valorifica pe deplin acest program și că întreaga noastră clinică va beneficia "
            "de experiența dobândită. Susțin această candidatură fără rezerve.",
        ],
        closing="Cu deosebită considerație,"),
    "el": dict(
        title="Συστατική επιστολή",
        salutation="Αξιότιμα μέλη της Επιτροπής Αξιολόγησης,",
        body=[
            "Με ιδιαίτερη χαρά συστήνω [[την|τον]] {dr} για το {prog}. [[Τη|Τον]] γνωρίζω από το {since}, όταν "
            "εντάχθηκε στην ομάδα μας στο {inst}.",
            "Όλο αυτό το διάστημα έχει επιδείξει ακρίβεια στις γνωματεύσεις, άριστη κλινική κρίση και ικανότητα "
            "συνεργασίας. Οι κλινικοί γιατροί εκτιμούν τη σαφήνεια των εκθέσεών [[της|του]], ενώ συμμετέχει "
            "ενεργά στην εκπαίδευση των ειδικευομένων.",
            "Είμαι βέβαιος ότι [[η|ο]] {dr} θα αξιοποιήσει στο έπακρο το πρόγραμμα και ότι το τμήμα μας θα "
            "ωφεληθεί από την εμπειρία [[της|του]]. Υποστηρίζω την υποψηφιότητά [[της|του]] ανεπιφύλακτα.",
        ],
        closing="Με τιμή,"),
    "tr": dict(
        title="Referans mektubu",
        salutation="Değerli Değerlendirme Komitesi Üyeleri,",
        body=[
            "{dr} adlı meslektaşımızı {prog} için büyük bir memnuniyetle tavsiye ediyorum. Kendisini {inst} "
            "bünyesindeki kliniğimize katıldığı {since} yılından beri tanıyorum.",
            "Bu süre boyunca raporlamada titizliği, güçlü klinik muhakemesi ve ekip çalışmasına yatkınlığıyla öne "
            "çıkmıştır. Klinisyenler raporlarının açıklığını takdir etmekte, kendisi de asistanların eğitimine "
            "istekle katılmaktadır.",
            "{dr} adlı adayın bu programdan en iyi şekilde yararlanacağına ve edindiği deneyimi kliniğimize "
            "aktaracağına inanıyorum. Başvurusunu koşulsuz olarak destekliyorum.",
        ],
        closing="Saygılarımla,"),
    "ru": dict(
        title="Рекомендательное письмо",
        salutation="Уважаемые члены Оценочного комитета!",
        body=[
            "С удовольствием рекомендую врача-рентгенолога {dr} для участия в программе {prog}. Я знаю [[кандидатку|кандидата]] с "
            "{since} года, когда [[она|он]] [[пришла|пришёл]] работать в наше отделение в {inst}.",
            "За это время [[она|он]] [[проявила|проявил]] себя как внимательный и точный специалист с отличным "
            "клиническим мышлением и умением работать в команде. Клиницисты ценят ясность [[её|его]] заключений, "
            "кроме того, [[она|он]] активно участвует в обучении ординаторов.",
            "Я убеждён, что {dr} максимально использует возможности программы, а полученный опыт пойдёт на пользу "
            "всему нашему отделению. Я полностью поддерживаю эту кандидатуру.",
        ],
        closing="С уважением,"),
    "zh": dict(
        title="推荐信",
        salutation="尊敬的评审委员会各位委员：",
        body=[
            "我非常荣幸地推荐{dr}参加{prog}。自{since}年[[她|他]]加入{inst}放射科以来，我一直是[[她|他]]的科室主任，"
            "对[[她|他]]的工作十分了解。",
            "[[她|他]]工作认真细致，诊断思路清晰，临床判断能力强，并具有良好的团队合作精神。临床医生对[[她|他]]的报告评价很高，"
            "[[她|他]]还积极参与住院医师的带教工作。",
            "我相信{dr}能够充分利用这次培训机会，并在回国后把所学带回我们科室。我毫无保留地支持[[她|他]]的申请。",
        ],
        closing="此致\n敬礼！"),
}

# Salutations and closings beyond the ones above, so that a letter's form varies within a language.
EXTRA_CLOSINGS = {"fr": ["Bien cordialement,", "Avec mes salutations respectueuses,"],
                  "de": ["Mit besten Grüßen", "Hochachtungsvoll"], "es": ["Un cordial saludo,", "Reciban un cordial saludo,"],
                  "it": ["Con i migliori saluti,"], "ro": ["Cu respect,"], "el": ["Με φιλικούς χαιρετισμούς,"],
                  "tr": ["En içten dileklerimle,"], "ru": ["С наилучшими пожеланиями,"], "pl": ["Łączę wyrazy szacunku,"]}

GENDER = re.compile(r"\[\[([^|\]]*)\|([^\]]*)\]\]")


def gendered(text: str, sex: str) -> str:
    return GENDER.sub(lambda m: m.group(1) if sex == "F" else m.group(2), text)


def doctor(lang: str, name: str, sex: str) -> str:
    return gendered(DOCTOR[lang].format(name), sex)


def letter_text(kind: str, lang: str, sex: str, **slots) -> dict:
    """The title, salutation, paragraphs and closing of one letter, filled and gendered."""
    src = (MOTIVATION if kind == "motivation" else RECOMMENDATION)[lang]
    fill = lambda s: gendered(s.format(**slots), sex)   # noqa: E731
    return dict(title=src["title"], salutation=src["salutation"], body=[fill(p) for p in src["body"]],
                closing=src["closing"])
