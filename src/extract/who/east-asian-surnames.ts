/**
 * Common Chinese and Korean surnames as English-language news romanises them: Hanyu Pinyin (mainland China),
 * Wade–Giles and Cantonese spellings (Taiwan, Hong Kong, Macau) and the Revised and McCune–Reischauer
 * romanisations of Korean, with the variants newspapers use (Lee, Park, Choi). Written as data from the published
 * frequency rankings (China's Ministry of Public Security 2019 household-register list, Hong Kong's and Taiwan's
 * most common surnames, Statistics Korea's 2015 census), because no maintained npm package lists romanised
 * surnames. Folded to lower case without accents. Vietnamese surnames are left out on purpose: English news calls
 * Vietnamese people by their last given name ("Phuc" for Nguyen Xuan Phuc), not by their surname.
 */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(
  `
  wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie song tang han
  feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng wei su lu ding ren shen yao cui zhong tan
  fan jin shi liao jia xia fu fang bai zou meng xiong qin qiu hou yin xue yan duan lei long tao gu mao hao gong shao
  wan qian dai xi mo kong xiang chang tong ou qi bi lai kang niu nie zhan ning hong geng ji an bao zhuang shang chai
  ni qu wen mei
  chan wong leung cheung lau ho ng chow tsang tse yeung lam kwok chu fung mak tsui yip lo kwan choi hui szeto
  chiu law siu poon chung mok au hung chau koo kuo chiang tsai hsu chao hsieh kao yeh tsao teng chien chou
  lien hsiao kuan tso soong tsien
  kim lee yi rhee park pak choe jung jeong cho jo yoon yun jang lim im oh seo suh shin sin kwon hwang
  ahn jeon jun ko moon mun son bae baek paek heo hur yoo ryu nam noh roh ha kwak sung cha woo ju min uhm chae
  won cheon bang hyun ham byun yeom yeo do seok seol gil yeon wi pyo myung ban ra geum ok yook maeng tak
`
    .trim()
    .split(/\s+/),
);
