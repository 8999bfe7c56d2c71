// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/nametables.h"

#include <iterator>

namespace Gatehouse::Sandbox::NameTables {

namespace {

// Given names, grouped by culture in the same order as `cultureTable` below.
const Name firstTable[] = {
    // English (0..29)
    {"James", "james"},
    {"Mary", "mary"},
    {"Robert", "robert"},
    {"Patricia", "patricia"},
    {"John", "john"},
    {"Jennifer", "jennifer"},
    {"Michael", "michael"},
    {"Linda", "linda"},
    {"David", "david"},
    {"Elizabeth", "elizabeth"},
    {"William", "william"},
    {"Barbara", "barbara"},
    {"Richard", "richard"},
    {"Susan", "susan"},
    {"Joseph", "joseph"},
    {"Jessica", "jessica"},
    {"Thomas", "thomas"},
    {"Sarah", "sarah"},
    {"Christopher", "christopher"},
    {"Karen", "karen"},
    {"Daniel", "daniel"},
    {"Emily", "emily"},
    {"Matthew", "matthew"},
    {"Olivia", "olivia"},
    {"Andrew", "andrew"},
    {"Grace", "grace"},
    {"Ryan", "ryan"},
    {"Chloe", "chloe"},
    {"Ann", "ann"},
    {"Anna", "anna"},
    // Chinese, pinyin (30..59)
    {"Wei", "wei"},
    {"Fang", "fang"},
    {"Na", "na"},
    {"Min", "min"},
    {"Jing", "jing"},
    {"Li", "li"},
    {"Qiang", "qiang"},
    {"Lei", "lei"},
    {"Jun", "jun"},
    {"Yang", "yang"},
    {"Yong", "yong"},
    {"Yan", "yan"},
    {"Jie", "jie"},
    {"Tao", "tao"},
    {"Ming", "ming"},
    {"Chao", "chao"},
    {"Xiuying", "xiuying"},
    {"Xia", "xia"},
    {"Ping", "ping"},
    {"Gang", "gang"},
    {"Hui", "hui"},
    {"Yu", "yu"},
    {"Hao", "hao"},
    {"Xin", "xin"},
    {"Zihan", "zihan"},
    {"Yuxuan", "yuxuan"},
    {"Haoran", "haoran"},
    {"Yichen", "yichen"},
    {"Ruoxi", "ruoxi"},
    {"Shuang", "shuang"},
    // Spanish (60..74)
    {"José", "jose"},
    {"María", "maria"},
    {"Carlos", "carlos"},
    {"Lucía", "lucia"},
    {"Javier", "javier"},
    {"Sofía", "sofia"},
    {"Diego", "diego"},
    {"Valentina", "valentina"},
    {"Alejandro", "alejandro"},
    {"Camila", "camila"},
    {"Miguel", "miguel"},
    {"Isabella", "isabella"},
    {"Andrés", "andres"},
    {"Paula", "paula"},
    {"Mateo", "mateo"},
    // German (75..89)
    {"Lukas", "lukas"},
    {"Lena", "lena"},
    {"Leon", "leon"},
    {"Mia", "mia"},
    {"Felix", "felix"},
    {"Hannah", "hannah"},
    {"Jonas", "jonas"},
    {"Jürgen", "juergen"},
    {"Maximilian", "maximilian"},
    {"Lea", "lea"},
    {"Paul", "paul"},
    {"Emma", "emma"},
    {"Sabine", "sabine"},
    {"Katrin", "katrin"},
    {"Dieter", "dieter"},
    // French (90..99)
    {"François", "francois"},
    {"Camille", "camille"},
    {"Étienne", "etienne"},
    {"Manon", "manon"},
    {"Julien", "julien"},
    {"Chloé", "chloe"},
    {"Hugo", "hugo"},
    {"Léa", "lea"},
    {"Louis", "louis"},
    {"Inès", "ines"},
    // Indian (100..114)
    {"Aarav", "aarav"},
    {"Priya", "priya"},
    {"Vivaan", "vivaan"},
    {"Ananya", "ananya"},
    {"Aditya", "aditya"},
    {"Diya", "diya"},
    {"Arjun", "arjun"},
    {"Saanvi", "saanvi"},
    {"Rohan", "rohan"},
    {"Ishita", "ishita"},
    {"Rahul", "rahul"},
    {"Kavya", "kavya"},
    {"Vikram", "vikram"},
    {"Neha", "neha"},
    {"Sanjay", "sanjay"},
    // Japanese (115..124)
    {"Haruto", "haruto"},
    {"Yui", "yui"},
    {"Sota", "sota"},
    {"Aoi", "aoi"},
    {"Ren", "ren"},
    {"Hina", "hina"},
    {"Yuto", "yuto"},
    {"Sakura", "sakura"},
    {"Kenji", "kenji"},
    {"Yuki", "yuki"},
    // Arabic (125..134)
    {"Mohammed", "mohammed"},
    {"Fatima", "fatima"},
    {"Ahmed", "ahmed"},
    {"Aisha", "aisha"},
    {"Omar", "omar"},
    {"Layla", "layla"},
    {"Youssef", "youssef"},
    {"Mariam", "mariam"},
    {"Khalid", "khalid"},
    {"Nour", "nour"},
    // Nordic (135..144)
    {"Søren", "soren"},
    {"Ingrid", "ingrid"},
    {"Lars", "lars"},
    {"Astrid", "astrid"},
    {"Erik", "erik"},
    {"Freja", "freja"},
    {"Magnus", "magnus"},
    {"Sigrid", "sigrid"},
    {"Nils", "nils"},
    {"Elin", "elin"},
    // Polish (145..154)
    {"Łukasz", "lukasz"},
    {"Agnieszka", "agnieszka"},
    {"Piotr", "piotr"},
    {"Katarzyna", "katarzyna"},
    {"Tomasz", "tomasz"},
    {"Magdalena", "magdalena"},
    {"Paweł", "pawel"},
    {"Zofia", "zofia"},
    {"Jakub", "jakub"},
    {"Ewa", "ewa"},
    // Vietnamese (155..164)
    {"An", "an"},
    {"Linh", "linh"},
    {"Minh", "minh"},
    {"Trang", "trang"},
    {"Huy", "huy"},
    {"Thảo", "thao"},
    {"Đức", "duc"},
    {"Mai", "mai"},
    {"Quang", "quang"},
    {"Hoa", "hoa"},
    // Turkish (165..172)
    {"Mehmet", "mehmet"},
    {"Ayşe", "ayse"},
    {"Mustafa", "mustafa"},
    {"Zeynep", "zeynep"},
    {"Emre", "emre"},
    {"Elif", "elif"},
    {"Burak", "burak"},
    {"Selin", "selin"},
};

const Name lastTable[] = {
    // English (0..34)
    {"Smith", "smith"},
    {"Johnson", "johnson"},
    {"Williams", "williams"},
    {"Brown", "brown"},
    {"Jones", "jones"},
    {"Miller", "miller"},
    {"Davis", "davis"},
    {"Wilson", "wilson"},
    {"Anderson", "anderson"},
    {"Taylor", "taylor"},
    {"Thomas", "thomas"},
    {"Moore", "moore"},
    {"Martin", "martin"},
    {"Jackson", "jackson"},
    {"Thompson", "thompson"},
    {"White", "white"},
    {"Harris", "harris"},
    {"Clark", "clark"},
    {"Lewis", "lewis"},
    {"Walker", "walker"},
    {"Young", "young"},
    {"Allen", "allen"},
    {"King", "king"},
    {"Wright", "wright"},
    {"Scott", "scott"},
    {"Green", "green"},
    {"Baker", "baker"},
    {"Adams", "adams"},
    {"Nelson", "nelson"},
    {"Hill", "hill"},
    {"O'Brien", "obrien"},
    {"Campbell", "campbell"},
    {"Mitchell", "mitchell"},
    {"Roberts", "roberts"},
    {"Carter", "carter"},
    // Chinese (35..64)
    {"Wang", "wang"},
    {"Li", "li"},
    {"Zhang", "zhang"},
    {"Liu", "liu"},
    {"Chen", "chen"},
    {"Yang", "yang"},
    {"Huang", "huang"},
    {"Zhao", "zhao"},
    {"Wu", "wu"},
    {"Zhou", "zhou"},
    {"Xu", "xu"},
    {"Sun", "sun"},
    {"Ma", "ma"},
    {"Zhu", "zhu"},
    {"Hu", "hu"},
    {"Guo", "guo"},
    {"He", "he"},
    {"Gao", "gao"},
    {"Lin", "lin"},
    {"Luo", "luo"},
    {"Zheng", "zheng"},
    {"Liang", "liang"},
    {"Xie", "xie"},
    {"Song", "song"},
    {"Tang", "tang"},
    {"Han", "han"},
    {"Feng", "feng"},
    {"Deng", "deng"},
    {"Cao", "cao"},
    {"Peng", "peng"},
    // Spanish (65..79)
    {"García", "garcia"},
    {"Rodríguez", "rodriguez"},
    {"Martínez", "martinez"},
    {"López", "lopez"},
    {"González", "gonzalez"},
    {"Pérez", "perez"},
    {"Sánchez", "sanchez"},
    {"Ramírez", "ramirez"},
    {"Torres", "torres"},
    {"Flores", "flores"},
    {"Gómez", "gomez"},
    {"Díaz", "diaz"},
    {"Morales", "morales"},
    {"Ortiz", "ortiz"},
    {"Castillo", "castillo"},
    // German (80..94)
    {"Müller", "mueller"},
    {"Schmidt", "schmidt"},
    {"Schneider", "schneider"},
    {"Fischer", "fischer"},
    {"Weber", "weber"},
    {"Meyer", "meyer"},
    {"Wagner", "wagner"},
    {"Becker", "becker"},
    {"Schulz", "schulz"},
    {"Hoffmann", "hoffmann"},
    {"Schäfer", "schaefer"},
    {"Koch", "koch"},
    {"Bauer", "bauer"},
    {"Richter", "richter"},
    {"Klein", "klein"},
    // French (95..109)
    {"Bernard", "bernard"},
    {"Dubois", "dubois"},
    {"Petit", "petit"},
    {"Durand", "durand"},
    {"Leroy", "leroy"},
    {"Moreau", "moreau"},
    {"Lefèvre", "lefevre"},
    {"Fournier", "fournier"},
    {"Girard", "girard"},
    {"Bonnet", "bonnet"},
    {"Rousseau", "rousseau"},
    {"Lambert", "lambert"},
    {"Fontaine", "fontaine"},
    {"Mercier", "mercier"},
    {"Blanc", "blanc"},
    // Indian (110..124)
    {"Sharma", "sharma"},
    {"Patel", "patel"},
    {"Singh", "singh"},
    {"Kumar", "kumar"},
    {"Gupta", "gupta"},
    {"Reddy", "reddy"},
    {"Iyer", "iyer"},
    {"Nair", "nair"},
    {"Mehta", "mehta"},
    {"Joshi", "joshi"},
    {"Rao", "rao"},
    {"Das", "das"},
    {"Chopra", "chopra"},
    {"Malhotra", "malhotra"},
    {"Agarwal", "agarwal"},
    // Japanese (125..134)
    {"Sato", "sato"},
    {"Suzuki", "suzuki"},
    {"Takahashi", "takahashi"},
    {"Tanaka", "tanaka"},
    {"Watanabe", "watanabe"},
    {"Ito", "ito"},
    {"Yamamoto", "yamamoto"},
    {"Nakamura", "nakamura"},
    {"Kobayashi", "kobayashi"},
    {"Kato", "kato"},
    // Arabic (135..144)
    {"Al-Sayed", "alsayed"},
    {"Haddad", "haddad"},
    {"Khoury", "khoury"},
    {"Mansour", "mansour"},
    {"Nasser", "nasser"},
    {"Hassan", "hassan"},
    {"Saleh", "saleh"},
    {"Aziz", "aziz"},
    {"Farouk", "farouk"},
    {"Rahman", "rahman"},
    // Nordic (145..154)
    {"Hansen", "hansen"},
    {"Johansson", "johansson"},
    {"Nielsen", "nielsen"},
    {"Andersson", "andersson"},
    {"Larsen", "larsen"},
    {"Karlsson", "karlsson"},
    {"Berg", "berg"},
    {"Lindqvist", "lindqvist"},
    {"Håkansson", "hakansson"},
    {"Østergaard", "ostergaard"},
    // Polish (155..164)
    {"Nowak", "nowak"},
    {"Kowalski", "kowalski"},
    {"Wiśniewski", "wisniewski"},
    {"Wójcik", "wojcik"},
    {"Kowalczyk", "kowalczyk"},
    {"Kamiński", "kaminski"},
    {"Lewandowski", "lewandowski"},
    {"Zieliński", "zielinski"},
    {"Szymański", "szymanski"},
    {"Dąbrowski", "dabrowski"},
    // Vietnamese (165..174)
    {"Nguyễn", "nguyen"},
    {"Trần", "tran"},
    {"Lê", "le"},
    {"Phạm", "pham"},
    {"Hoàng", "hoang"},
    {"Vũ", "vu"},
    {"Đặng", "dang"},
    {"Bùi", "bui"},
    {"Đỗ", "do"},
    {"Ngô", "ngo"},
    // Turkish (175..182)
    {"Yılmaz", "yilmaz"},
    {"Kaya", "kaya"},
    {"Demir", "demir"},
    {"Şahin", "sahin"},
    {"Çelik", "celik"},
    {"Aydın", "aydin"},
    {"Öztürk", "ozturk"},
    {"Arslan", "arslan"},
};

const Culture cultureTable[] = {
    {"english", 25, 0, 30, 0, 35, false},
    {"chinese", 20, 30, 60, 35, 65, true},
    {"spanish", 10, 60, 75, 65, 80, false},
    {"german", 8, 75, 90, 80, 95, false},
    {"french", 6, 90, 100, 95, 110, false},
    {"indian", 10, 100, 115, 110, 125, false},
    {"japanese", 5, 115, 125, 125, 135, false},
    {"arabic", 4, 125, 135, 135, 145, false},
    {"nordic", 4, 135, 145, 145, 155, false},
    {"polish", 3, 145, 155, 155, 165, false},
    {"vietnamese", 3, 155, 165, 165, 175, false},
    {"turkish", 2, 165, 173, 175, 183, false},
};

const char *const departmentTable[] = {
    "Finance",
    "Human Resources",
    "Engineering",
    "Sales / EMEA",
    "Sales / APAC",
    "Marketing",
    "Legal",
    "IT Operations",
    "Customer Support",
    "R&D",
    "Procurement",
    "Facilities",
    "Information Security",
    "Data & Analytics",
    "Product Management",
};

const char *const titleTable[] = {
    "Analyst",
    "Senior Analyst",
    "Engineer",
    "Senior Engineer",
    "Manager",
    "Director",
    "Specialist",
    "Coordinator",
    "Consultant",
    "Administrator",
    "Team Lead",
    "Vice President",
    "Intern",
    "Architect",
    "Accountant",
    "Recruiter",
};

const Source sourceTable[] = {
    {"Active Directory", 50, false, "direct", Source::NativeIdentity::Login, false},
    {"Workday", 25, true, "direct", Source::NativeIdentity::EmployeeNumber, false},
    {"ServiceNow", 10, false, "direct", Source::NativeIdentity::Login, false},
    {"Okta", 15, false, "direct", Source::NativeIdentity::Email, true},
};

} // namespace

const Name *firstNames()
{
    return firstTable;
}

int firstNameCount()
{
    return int(std::size(firstTable));
}

const Name *lastNames()
{
    return lastTable;
}

int lastNameCount()
{
    return int(std::size(lastTable));
}

const Culture *cultures()
{
    return cultureTable;
}

int cultureCount()
{
    return int(std::size(cultureTable));
}

const char *const *departments()
{
    return departmentTable;
}

int departmentCount()
{
    return int(std::size(departmentTable));
}

const char *const *titles()
{
    return titleTable;
}

int titleCount()
{
    return int(std::size(titleTable));
}

const Source *sources()
{
    return sourceTable;
}

int sourceCount()
{
    return int(std::size(sourceTable));
}

} // namespace Gatehouse::Sandbox::NameTables
