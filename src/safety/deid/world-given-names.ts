// Given names beyond the Anglo ones of the @stdlib datasets, written by hand (session 5) from common names of the
// regions askers write from: of 382 such names first listed, 305 were missing from the datasets (Priya, Kenji,
// Oluwaseun, Ngozi, Mateo's neighbours Ximena and Itzel, Oksana, Mehmet, Linh, and romanised Chinese names). Only
// spellings without a hyphen: "Wei-Ting" is two tokens to the recogniser. given-names.ts splits these like the
// datasets: a name that is also an English word (Anil, Tolu, Dung) is believed only with a cue. Left out on purpose:
// names that are mostly something else in a medical text (Li of Li-Fraumeni, Down, Bell, Jesus, places like Lourdes).
const BY_REGION: Record<string, string> = {
  southAsian:
    'Priya Anjali Rahul Arjun Aarav Vikram Sanjay Deepak Ravi Sunita Lakshmi Kavya Aditya Rohan Neha Pooja Divya Meera ' +
    'Nikhil Suresh Ramesh Ganesh Harpreet Gurpreet Manpreet Jaspreet Simran Amrit Rajesh Anil Sunil Vijay Amit Sumit ' +
    'Rohit Mohit Ankit Shreya Ananya Ishaan Siddharth Kiran Asha Usha Geeta Gita Sita Radha Parvati Shanti Farhan Imran ' +
    'Arun Varun Tarun Karan Kunal Gaurav Saurabh Vivek Pranav Akash Aakash Manish Naveen Praveen Rajiv Sachin Tushar ' +
    'Abhishek Ashok Mahesh Dinesh Rakesh Mukesh Naresh Umesh Prakash Santosh Venkat Srinivas Krishna Gopal Balaji ' +
    'Lalitha Padma Revathi Savitri Shobha Sudha Uma Vidya Anusha Aishwarya Bhavana Deepika Harini Ishita Jyoti ' +
    'Kajal Komal Madhuri Nandini Nisha Pallavi Preeti Rekha Ritu Sapna Shweta Sneha Swati Tanvi Vandana Yamini ' +
    'Aanya Diya Ira Saanvi Myra Advik Vihaan Reyansh Ayaan Kabir Rudra Dhruv Arnav Ritvik Sai Tejas Yash ' +
    'Jaswinder Harjit Kuldeep Balwinder Navjot Rupinder Sukhwinder Paramjit Gurdeep Harleen Amandeep Mandeep',
  arabicPersianTurkish:
    'Ayesha Fatima Fatma Zainab Aisha Hassan Hussein Husain Omar Yusuf Youssef Ibrahim Khalid Tariq Bilal Hamza Noor ' +
    'Layla Mariam Maryam Amina Khadija Rania Samira Nadia Leila Karim Rashid Nasser Mustafa Mahmoud Ahmad Ahmed ' +
    'Mohammed Muhammad Mohamed Abdullah Abdul Hamid Walid Waleed Faisal Saeed Sami Samir Nabil Jamal Anwar ' +
    'Adnan Ayman Ayoub Bashir Fadi Fares Habib Hadi Haitham Hisham Ismail Jabir Jalal Kamal Majid Mansour Marwan ' +
    'Munir Nizar Osama Qasim Rami Riad Salim Salma Sana Sara Sawsan Shadi Suleiman Tamer Wael Yasin Yasmin Yasmine ' +
    'Zaid Ziad Zeinab Asma Dalia Dina Ghada Hala Hanan Hiba Huda Iman Jamila Lina Lubna Maha Manal Mona Nour ' +
    'Rana Rasha Reem Rima Rula Safa Samar Widad Yara Zahra Zeina Darius Cyrus Parisa Shirin Farah Reza Mehdi Navid ' +
    'Roya Arash Babak Niloufar Golnaz Farzaneh Mahnaz Behnaz Shahram Kourosh Dariush Bahram Ehsan Hossein Omid Payam ' +
    'Mehmet Ayşe Ayse Emre Elif Zeynep Burak Murat Hakan Selin Özlem Ozlem Ahmet Mustafa Cem Deniz Ece Ebru Esra ' +
    'Gökhan Gizem Hülya Kemal Merve Onur Serkan Tuba Volkan Yasemin Yusuf',
  african:
    'Oluwaseun Chinonso Ngozi Chidi Chidinma Emeka Obinna Nnamdi Ifeoma Adaeze Chiamaka Tunde Babatunde Adebayo ' +
    'Ayodele Folake Funmi Funmilayo Kemi Segun Yetunde Kwame Kofi Kwabena Akosua Abena Kojo Efua Thandiwe Thabo Sipho ' +
    'Nomvula Lerato Zanele Themba Mandla Wanjiru Wanjiku Njeri Kamau Otieno Achieng Akinyi Amani Baraka Juma Zawadi ' +
    'Mwangi Chukwuemeka Uchenna Nkechi Damilola Temitope Tolu Bisi Abimbola Oluwatobi Olumide Adaora Chioma Ebere ' +
    'Nneka Kelechi Ikenna Chinedu Femi Bukola Titilayo Adeola Adewale Afolabi Aminat Bolaji Chika Chinwe Dapo Ejiro ' +
    'Ekene Eniola Ifeanyi Ijeoma Kayode Kehinde Taiwo Lanre Nkem Obiageli Ogechi Olamide Oladipo Olufemi Oluwakemi ' +
    'Seyi Tobi Tope Uche Yemi Kwesi Kwaku Yaw Adwoa Afua Akua Ama Araba Esi Kojo Nana Yaa Abebe Alemu Almaz Bekele ' +
    'Dawit Genet Haile Meron Selam Tigist Tsion Yonas Amara Chiamaka Fatou Aminata Mamadou Moussa Ousmane Ibrahima ' +
    'Awa Mariama Seydou Bongani Busisiwe Lindiwe Mpho Nandi Nokuthula Palesa Sibusiso Siyabonga Tendai Tatenda ' +
    'Farai Rudo Chipo Kudzai Nyasha Thandeka Lwazi Wambui Muthoni Nyambura Kipchoge Chebet Jepkosgei Wekesa Auma',
  eastAsianRomanised:
    'Kenji Hiroshi Takeshi Yuki Haruka Sakura Aiko Akira Daiki Haruto Kaito Riku Sota Yuto Hana Saki Yuna Yumi Keiko ' +
    'Naoko Tomoko Yoko Kazuki Shota Takumi Ryota Satoshi Makoto Hideo Masaru Emiko Michiko Sachiko Noriko Ayumi ' +
    'Minako Hiroko Kazuko Mariko Mayumi Megumi Miho Misaki Nanami Natsuki Rina Sayaka Shiori Yui Yuko Atsushi Daisuke ' +
    'Hayato Hiroki Ichiro Jiro Kenta Koji Masato Naoki Ryo Shinji Shun Takashi Taro Tatsuya Tetsuya Yusuke Yuta ' +
    'Jiwoo Seoyeon Minjun Jihoon Hyun Jisoo Minji Seojun Haeun Yerin Dongwoo Sungmin Eunji Jiyoung Soojin Hyejin ' +
    'Jiyeon Minseo Seungho Junho Hyunwoo Jaehyun Taeyang Yuna Sooyoung Eunjung Mijin ' +
    'Xiaoming Xiaoling Meiling Jianguo Zhiwei Weiming Haoran Zihan Yuxuan Yichen Ziyi Junjie Jiahui Xinyi Yutong ' +
    'Shuting Yating Jiahao Zhihao Chunhua Guiying Guifang Xiulan Yuying Lihua Jianhua Jianjun Xiaohong Yanling Yaling ' +
    'Yawen Peiling Chiahao Chihao Weiting Yuting Shuhui Xiaoyu Xiaowei Xiaojun Xiaoli Xiaomei Xiaoyan Zhiqiang ' +
    'Guoqiang Jianping Haiyan Yuhan Yuqi Zixuan Haoyu Yuchen Mingyu Jiaxin Jingyi Shiyu Ruoxi Wenjie Yifan Zhengyang ' +
    'Chiawei Chunghsien Hsinyi Hsiaowen Tzuyu Yuhsuan Pohan Chenghan Yuchieh Shuchen Mingche Chihwei Yijun',
  southeastAsian:
    'Linh Minh Thanh Huong Duc Tuan Trang Thao Phuong Hieu Quang Khanh Nguyet Hoang Thuy Dung Ngoc Quynh Tam Vinh ' +
    'Huy Nhung Hanh Loan Giang Duong Hai Son Tien Van Vu Anh Bao Chau Diep Hoa Hue Kim Lien My Nga ' +
    'Maricel Marites Analyn Rowena Jocelyn Rosalie Arnel Rommel Jericho Mylene Marivic Jhun Ronaldo Rodel ' +
    'Somchai Somsak Siriporn Suda Supaporn Nattapong Niran Pimchanok Wichai Kanya Malee Ploy Anong ' +
    'Agus Budi Dewi Eko Fitri Indah Joko Putri Rizky Siti Wahyu Wulan Yanti Ayu Bambang Hendra Nurul Aziz',
  latinAmerican:
    'Mateo Santiago Alejandro Diego Javier Jorge Luis Carlos Miguel Pedro Pablo Rafael Ramón Ramon José Jose Juan ' +
    'Guadalupe Lupe Ximena Valentina Camila Sofía Lucía Mariana Daniela Gabriela Alejandra Fernanda Paola Yesenia ' +
    'Maribel Marisol Araceli Graciela Rocío Rocio Consuelo Esperanza Itzel Xochitl Yolanda Socorro Concepción Rosario ' +
    'Guillermo Joaquín Joaquin Ignacio Gonzalo Rodrigo Fernando Eduardo Ricardo Sergio Marisela Leticia Beatriz ' +
    'Agustín Álvaro Andrés Arturo Benito Cristian Emiliano Ernesto Esteban Fabián Federico Gerardo Héctor Hugo ' +
    'Iván Jaime Julio Lorenzo Marcelo Martín Mauricio Nicolás Octavio Osvaldo Raúl Rogelio Salvador Tomás ' +
    'Ulises Valentín Xavier Adriana Alicia Ana Brenda Carmen Catalina Claudia Dulce Elena Estela Florencia Gisela ' +
    'Inés Irene Isabel Josefina Juana Julieta Karla Lorena Luz Magdalena Marcela Margarita Mercedes Milagros Mónica ' +
    'Natalia Nayeli Noemí Paloma Patricia Pilar Renata Rosa Silvia Soledad Susana Teresa Valeria Verónica Yadira ' +
    'Yaretzi Zoila João Thiago Gustavo Leandro Rogério Luana Thaís Gabriel Letícia Bruna Larissa Priscila',
  european:
    'Oksana Olena Svetlana Natasha Tatiana Irina Dmitri Dmitry Sergei Sergey Vladimir Aleksandr Andrei Andrey Bogdan ' +
    'Katarzyna Agnieszka Małgorzata Piotr Krzysztof Tomasz Wojciech Jakub Zofia Ivana Milica Nikola Luka Yevgeny ' +
    'Anastasia Ludmila Lyudmila Galina Olga Yulia Vasyl Taras Mykola Oleksandr Oleksiy Yaroslav Volodymyr Iryna ' +
    'Nataliya Halyna Kateryna Mikhail Nikolai Pavel Alexei Alexey Anatoly Boris Igor Oleg Yuri Vadim Maksim Artem ' +
    'Ekaterina Elena Marina Nadezhda Oksana Valentina Vera Zhanna Ksenia Darya Polina Alina ' +
    'Łukasz Lukasz Marek Paweł Pawel Michał Michal Grzegorz Mariusz Dariusz Janusz Zbigniew Kasia Joanna Magdalena ' +
    'Beata Dorota Ewa Grażyna Halina Jadwiga Krystyna Wanda Urszula Barbara Jelena Dragan Goran Zoran Stefan ' +
    'Nenad Dejan Branko Snežana Mirjana Vesna Jovana Ana Marija Mateja Petra Tereza Jana Lenka Zuzana Miroslav ' +
    'Giuseppe Giovanni Francesco Antonio Salvatore Luca Matteo Alessandro Lorenzo Giulia Chiara Francesca ' +
    'Alessandra Federica Giorgia Martina Paola Rosaria Carmela Concetta Vincenzo Gianluca Stefano Massimo ' +
    'Sven Lars Anders Magnus Henrik Nils Bjørn Björn Ingrid Astrid Sigrid Solveig Freya Maja Elin Linnea Saga ' +
    'Jürgen Jurgen Klaus Dieter Wolfgang Uwe Jörg Sabine Ute Heike Birgit Anke Silke Katrin Ulrike Dagmar ' +
    'Siobhan Niamh Aoife Saoirse Caoimhe Ciara Orla Sinead Eoin Oisin Ciaran Cormac Padraig Seamus Ruairi Darragh ' +
    'Dimitris Georgios Konstantinos Eleni Katerina Vasiliki Panagiotis Yannis Nikos Sofia Athena',
  // Session 6: Welsh, Scots Gaelic and Cornish names, and more Irish spellings (the datasets hold few).
  celtic:
    'Bronwyn Bronwen Rhian Rhiannon Siân Sian Cerys Carys Ffion Angharad Eluned Lowri Nerys Olwen Sioned Catrin Delyth ' +
    'Bethan Heledd Llinos Mared Meinir Myfanwy Glenys Dilys Gwenllian Elinor Seren Tegan Nia Gethin Ieuan Iolo Owain ' +
    'Rhodri Rhys Dafydd Emrys Alun Gwilym Tomos Taliesin Caradog Huw Ifan Llyr Gruffydd Aled Deiniol Morwenna Demelza ' +
    'Kerensa Tamsin Jenifer Eilidh Mhairi Morag Catriona Kirsty Iona Ailsa Isla Fionnuala Ruaridh Calum Hamish Lachlan ' +
    'Alasdair Ewan Fergus Struan Angus Gràinne Grainne Roisin Róisín Aisling Clodagh Eimear Sorcha Mairead Deirdre ' +
    'Fionn Tadhg Donal Diarmuid Colm Cathal Peadar Senan Ronan Cillian Ferdia',
  pacific: 'Aroha Manaia Wiremu Tamati Ngaio Anahera Mere Rangi Tane Kahu Moana Keanu Leilani Kalani Malia Sione Losa',
};

export const WORLD_GIVEN_NAMES: readonly string[] = [...new Set(Object.values(BY_REGION).join(' ').split(/\s+/).filter(Boolean))];
