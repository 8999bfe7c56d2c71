// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace Gatehouse::Sandbox {

// The vocabulary of the synthetic directory: names from several cultures (with their
// diacritics, and an ASCII form for logins), departments, titles and identity sources.
namespace NameTables {

struct Name
{
    const char *display; // UTF-8, as shown
    const char *ascii; // lower-case [a-z] only, used in logins and e-mails
};

struct Culture
{
    const char *name;
    int weight; // share of the population, relative
    int firstBegin, firstEnd; // range in firstNames()
    int lastBegin, lastEnd; // range in lastNames()
    bool familyNameFirst; // display "Zhang Wei", login "zhang.wei"
};

struct Source
{
    const char *name;
    int weight;
    bool authoritative;
    const char *connectionType;
    enum class NativeIdentity
    {
        Login,
        EmployeeNumber,
        Email
    } nativeIdentity;
    bool externalIdp; // users synchronised from an external IdP (Huawei external_id)
};

const Name *firstNames();
int firstNameCount();
const Name *lastNames();
int lastNameCount();
const Culture *cultures();
int cultureCount();
const char *const *departments();
int departmentCount();
const char *const *titles();
int titleCount();
const Source *sources();
int sourceCount();

} // namespace NameTables

} // namespace Gatehouse::Sandbox
