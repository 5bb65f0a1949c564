/** Every case of the real-layout corpus of the account tables (one file per document). */
import { RealCase } from './realCase';
import { hubeiNanzhang2019 } from './hubei-nanzhang-2019';
import { sichuanDaying2022 } from './sichuan-daying-2022';
import { sichuanDaying2022Sangong } from './sichuan-daying-2022-sangong';
import { xinjiangUrumqi2023 } from './xinjiang-urumqi-2023';
import { yunnanXundian2022 } from './yunnan-xundian-2022';
import { guangdongCzt2023 } from './guangdong-czt-2023';
import { hunanTaojiang2019 } from './hunan-taojiang-2019';
import { sichuanJinkouhe2022 } from './sichuan-jinkouhe-2022';
import { shaanxiZhashui2020Sangong } from './shaanxi-zhashui-2020-sangong';

export const REAL_ACCOUNT_CASES: readonly RealCase[] = [
  hubeiNanzhang2019,
  sichuanDaying2022,
  sichuanDaying2022Sangong,
  xinjiangUrumqi2023,
  yunnanXundian2022,
  guangdongCzt2023,
  hunanTaojiang2019,
  sichuanJinkouhe2022,
  shaanxiZhashui2020Sangong,
];
