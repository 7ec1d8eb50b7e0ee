"""Names for the demo book: mostly US/English, with a believable share of other backgrounds.

Names in other scripts (Chinese, Japanese, Korean, Greek, Cyrillic, Arabic, Hebrew) carry
a romanisation (`native=roman`) so that e-mail addresses stay plain ASCII. A surname written `male|female=roman` has a feminine form (Greek,
Russian), used for women and for the wife of a couple.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Name:
    text: str
    roman: str  # ASCII, lower case, for e-mail addresses


@dataclass(frozen=True)
class Surname:
    male: str
    female: str
    roman: str


@dataclass(frozen=True)
class Culture:
    key: str
    weight: float
    men: tuple[Name, ...]
    women: tuple[Name, ...]
    surnames: tuple[Surname, ...]
    # Share of people who go by an English name (CJK, Greek, Cyrillic scripts).
    english_name_share: float = 0.0


# Letters that Unicode decomposition leaves whole.
_SPECIAL = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "œ": "oe"}
)


def ascii_of(text: str) -> str:
    """`Zoë Đurić` -> `zoedjuric`-like plain letters for an e-mail address."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalnum()).lower()


def _names(text: str) -> tuple[Name, ...]:
    out = []
    for token in text.split():
        native, _, roman = token.replace("_", " ").partition("=")
        out.append(Name(native, roman or ascii_of(native)))
    return tuple(out)


def _surnames(text: str) -> tuple[Surname, ...]:
    out = []
    for token in text.split():
        forms, _, roman = token.replace("_", " ").partition("=")
        male, _, female = forms.partition("|")
        out.append(Surname(male, female or male, roman or ascii_of(male)))
    return tuple(out)


CULTURES: tuple[Culture, ...] = (
    Culture(
        "us",
        74.0,
        _names(
            "James John Robert Michael William David Richard Joseph Thomas Charles Christopher "
            "Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian "
            "George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan "
            "Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick "
            "Raymond Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter "
            "Kyle Harold Carl Jeremy Gerald Keith Roger Arthur Terry Lawrence Sean Christian Ethan "
            "Austin Albert Jesse Bruce Noah Jordan Dylan Ralph Roy Alan Wayne Eugene Gabriel Louis "
            "Russell Randy Vincent Philip Logan Harry Owen Caleb Wyatt Grant Marcus Colin Trevor"
        ),
        _names(
            "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy "
            "Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa "
            "Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley "
            "Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel "
            "Carolyn Janet Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia "
            "Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline "
            "Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean "
            "Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte "
            "Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Claire Molly Paige"
        ),
        _surnames(
            "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore "
            "Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King "
            "Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips "
            "Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan "
            "Peterson Cooper Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks "
            "Bennett Gray James Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry "
            "Russell Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton "
            "Graham Wallace West Cole Hayes Bryant Gibson Ellis Stevens Murray Ford Marshall Owens "
            "McDonald Harrison Kennedy Wells Alexander Tucker Porter Hunter Hicks Crawford Henry "
            "Boyd Mason Warren Dixon Burns Gordon Shaw Holmes Rice Robertson Hunt Black Daniels "
            "Palmer Mills Nichols Grant Knight Ferguson Stone Hawkins Dunn Perkins Hudson Spencer "
            "Gardner Stephens Payne Pierce Berry Matthews Arnold Wagner Willis Ray Watkins Olson "
            "Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Harper Fox Riley Armstrong "
            "Carpenter Weaver Greene Lawrence Elliott Chapman Fuller Hoffman Larson Schmidt "
            "O'Brien O'Connor O'Neill MacLeod McCarthy Fitzgerald Lindgren Nielsen Kowalski "
            "Schultz Becker Romano Russo Costa Moretti Donovan Gallagher Brennan Walsh Quinn "
            "Smith-Jones Hartley-Brooks Van_Buren DeLuca St._Clair"
        ),
    ),
    Culture(
        "hispanic",
        9.0,
        _names(
            "José Luis Carlos Miguel Alejandro Jorge Andrés Diego Javier Raúl Tomás Sebastián "
            "Fernando Ricardo Eduardo Héctor Óscar Rubén Joaquín Mateo"
        ),
        _names(
            "María Sofía Lucía Valentina Camila Ana Isabel Gabriela Mónica Verónica Inés Beatriz "
            "Elena Adriana Daniela Carmen Rocío Ximena Marisol Pilar"
        ),
        _surnames(
            "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres "
            "Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz "
            "Álvarez Castillo Jiménez Vásquez Romero Herrera Medina Aguilar Vargas Castro Mendoza "
            "Núñez Peña Muñoz Souza Oliveira Ferreira Gonçalves"
        ),
    ),
    Culture(
        "european",
        4.0,
        _names(
            "Björn Søren Jürgen Günter François Mathéo Dragan Željko Łukasz Piotr Jiří Tomáš "
            "Matthias Lars Nikola Stefan Luca Marco Henrik Pál"
        ),
        _names(
            "Zoë Chloé Renée Hélène Agnès Léa Marija Ivana Małgorzata Katarzyna Åsa Ingrid "
            "Françoise Anaïs Dörte Jovana Giulia Chiara Eszter Noémie"
        ),
        _surnames(
            "Đurić Šimić Kovačević Jovanović Petrović Müller Schröder Weiß Lindqvist Østergaard "
            "Sørensen Nowak Wójcik Kowalczyk Dvořák Novák Lefèvre Dubois Girard Rossi Esposito "
            "Bianchi Ferrari Conti Horváth Nagy Fößel Brønnum Mäkinen Virtanen"
        ),
    ),
    Culture(
        "south_asian",
        3.5,
        _names(
            "Arjun Rohan Vikram Rahul Sanjay Anil Raj Amit Karthik Neel Aditya Siddharth Manoj "
            "Suresh Ravi"
        ),
        _names(
            "Priya Ananya Divya Kavya Meera Sunita Pooja Anjali Lakshmi Deepa Nisha Aisha Shreya "
            "Radhika Swati"
        ),
        _surnames(
            "Patel Shah Sharma Gupta Iyer Reddy Rao Mehta Desai Kapoor Joshi Nair Chopra Singh "
            "Menon Krishnan Banerjee Chatterjee Malhotra Agarwal"
        ),
    ),
    Culture(
        "east_asian_latin",
        3.0,
        _names(
            "Wei Jun Hao Ming Jian Kenji Hiroshi Takeshi Min-jun Ji-ho Đức Minh Huy Sung-min Tao"
        ),
        _names(
            "Mei Lin Xiu Yuki Aiko Haruka Seo-yeon Ji-woo Linh Thảo Hương Yan Jing Hye-jin Emiko"
        ),
        _surnames(
            "Chen Wang Li Zhang Liu Huang Wu Tanaka Suzuki Watanabe Kim Lee Park Choi Nguyễn "
            "Trần Lê Phạm Hoàng Võ Yamamoto Nakamura Lim Tan"
        ),
    ),
    Culture(
        "west_african_arab",
        2.0,
        _names(
            "Oluwaseun Chukwuemeka Kwame Kofi Omar Karim Yusuf Tariq Emeka Samir Khalil Ibrahim"
        ),
        _names("Chiamaka Ngozi Amara Fatima Layla Nadia Yasmin Aaliyah Adaeze Folake Rania Salma"),
        _surnames(
            "Okafor Adeyemi Mensah Owusu Haddad Khoury Nasser Farah Abdullah Rahman Hassan "
            "Mansour Okonkwo Boateng Saleh"
        ),
    ),
    Culture(
        "chinese",
        1.4,
        _names(
            "伟=wei 强=qiang 磊=lei 军=jun 杰=jie 涛=tao 明=ming 刚=gang 建国=jianguo 志强=zhiqiang"
        ),
        _names(
            "芳=fang 娜=na 秀英=xiuying 敏=min 静=jing 艳=yan 娟=juan 霞=xia 丽=li 婷=ting 雪梅=xuemei"
        ),
        _surnames(
            "王=wang 李=li 张=zhang 刘=liu 陈=chen 杨=yang 黄=huang 赵=zhao 吴=wu 周=zhou 林=lin "
            "欧阳=ouyang"
        ),
        english_name_share=0.45,
    ),
    Culture(
        "japanese",
        0.8,
        _names("翔太=shota 大輔=daisuke 健太=kenta 拓也=takuya 誠=makoto 浩=hiroshi 隆=takashi"),
        _names("美咲=misaki 陽子=yoko さくら=sakura 愛=ai 恵=megumi 由美=yumi 直子=naoko"),
        _surnames(
            "佐藤=sato 鈴木=suzuki 高橋=takahashi 田中=tanaka 伊藤=ito 渡辺=watanabe 山本=yamamoto "
            "中村=nakamura 小林=kobayashi 加藤=kato"
        ),
        english_name_share=0.25,
    ),
    Culture(
        "korean",
        0.8,
        _names(
            "민준=minjun 서준=seojun 도윤=doyun 지호=jiho 현우=hyunwoo 성민=sungmin 재현=jaehyun"
        ),
        _names("서연=seoyeon 지우=jiwoo 하은=haeun 수빈=subin 민지=minji 지영=jiyoung 은지=eunji"),
        _surnames("김=kim 이=lee 박=park 최=choi 정=jung 강=kang 조=cho 윤=yoon 장=jang 한=han"),
        english_name_share=0.4,
    ),
    Culture(
        "greek",
        0.8,
        _names(
            "Γιώργος=giorgos Νίκος=nikos Δημήτρης=dimitris Κώστας=kostas Γιάννης=giannis "
            "Αλέξανδρος=alexandros Παναγιώτης=panagiotis"
        ),
        _names(
            "Μαρία=maria Ελένη=eleni Κατερίνα=katerina Σοφία=sofia Δέσποινα=despoina "
            "Αναστασία=anastasia Ζωή=zoi"
        ),
        _surnames(
            "Παπαδόπουλος|Παπαδοπούλου=papadopoulos Γεωργίου=georgiou Νικολάου=nikolaou "
            "Οικονόμου=oikonomou Δημητρίου=dimitriou Ιωάννου=ioannou Βασιλείου=vasileiou "
            "Παπαγεωργίου=papageorgiou Αντωνόπουλος|Αντωνοπούλου=antonopoulos"
        ),
        english_name_share=0.3,
    ),
    Culture(
        "cyrillic",
        0.9,
        _names(
            "Алексей=aleksei Дмитрий=dmitri Сергей=sergei Андрей=andrei Михаил=mikhail "
            "Иван=ivan Олег=oleg Богдан=bohdan"
        ),
        _names(
            "Ольга=olga Наталья=natalya Елена=elena Татьяна=tatiana Ирина=irina Анна=anna "
            "Светлана=svetlana Оксана=oksana"
        ),
        _surnames(
            "Иванов|Иванова=ivanov Смирнов|Смирнова=smirnov Кузнецов|Кузнецова=kuznetsov "
            "Попов|Попова=popov Соколов|Соколова=sokolov Лебедев|Лебедева=lebedev "
            "Волков|Волкова=volkov Морозов|Морозова=morozov Шевченко=shevchenko "
            "Коваленко=kovalenko"
        ),
        english_name_share=0.3,
    ),
    Culture(
        "arabic",
        0.5,
        _names(
            "محمد=mohammed أحمد=ahmed علي=ali عمر=omar يوسف=youssef خالد=khaled حسن=hassan "
            "سامي=sami"
        ),
        _names("فاطمة=fatima ليلى=layla نور=nour مريم=mariam سلمى=salma رانيا=rania هدى=huda"),
        _surnames(
            "الحداد=alhaddad الخوري=khoury المصري=almasri النجار=alnajjar العلي=alali "
            "حداد=haddad منصور=mansour"
        ),
        english_name_share=0.2,
    ),
    Culture(
        "hebrew",
        0.4,
        _names("דוד=david יוסי=yossi אבי=avi משה=moshe נועם=noam איתן=eitan אורי=uri"),
        _names("שרה=sarah מיכל=michal נועה=noa רחל=rachel תמר=tamar יעל=yael שירה=shira"),
        _surnames("כהן=cohen לוי=levi מזרחי=mizrahi פרץ=peretz ביטון=biton אברהם=avraham"),
        english_name_share=0.2,
    ),
)

# Names people go by instead of the one on their papers.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "Robert": ("Bob", "Rob", "Bobby"),
    "William": ("Bill", "Will", "Liam"),
    "Richard": ("Rick", "Dick", "Rich"),
    "James": ("Jim", "Jamie"),
    "Michael": ("Mike",),
    "Thomas": ("Tom", "Tommy"),
    "Christopher": ("Chris", "Kit"),
    "Joseph": ("Joe",),
    "Anthony": ("Tony",),
    "Edward": ("Ed", "Ted", "Ned"),
    "Jonathan": ("Jon",),
    "Daniel": ("Dan", "Danny"),
    "Timothy": ("Tim",),
    "Gregory": ("Greg",),
    "Alexander": ("Alex", "Sasha"),
    "Nicholas": ("Nick",),
    "Benjamin": ("Ben",),
    "Samuel": ("Sam",),
    "Matthew": ("Matt",),
    "Zachary": ("Zach",),
    "Elizabeth": ("Liz", "Beth", "Betsy"),
    "Katherine": ("Kate", "Kathy"),
    "Catherine": ("Cathy", "Cat"),
    "Margaret": ("Peggy", "Maggie", "Meg"),
    "Patricia": ("Pat", "Trish"),
    "Jennifer": ("Jen", "Jenny"),
    "Rebecca": ("Becca", "Becky"),
    "Deborah": ("Debbie", "Deb"),
    "Kimberly": ("Kim",),
    "Victoria": ("Tori", "Vicky"),
    "Samantha": ("Sam",),
    "Abigail": ("Abby",),
    "Jacqueline": ("Jackie",),
    "Christine": ("Chris", "Tina"),
    "Alexandra": ("Alex",),
    "Francisco": ("Paco",),
    "José": ("Pepe",),
    "Guadalupe": ("Lupe",),
    "Aleksei": ("Alex",),
    "Oluwaseun": ("Seun",),
    "Chukwuemeka": ("Emeka",),
}

ENGLISH_MEN = ("David", "Michael", "Kevin", "Jason", "Eric", "Alex", "Daniel", "Tony", "Peter")
ENGLISH_WOMEN = ("Vivian", "Grace", "Jenny", "Amy", "Michelle", "Helen", "Lily", "Nina", "Sophie")
