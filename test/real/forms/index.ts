/** Every real published form case, one file each (test/real/forms.test.ts runs them). */
import { anhuiShouxian2023 } from './anhuiShouxian2023';
import { anhuiTangxi2022 } from './anhuiTangxi2022';
import { anhuiTianchang2022 } from './anhuiTianchang2022';
import { chongqingKexuecheng2021 } from './chongqingKexuecheng2021';
import { fujianNingdeDizhen2020 } from './fujianNingdeDizhen2020';
import { fujianNingdeFangzhi2018 } from './fujianNingdeFangzhi2018';
import { hubeiHuanggang2020 } from './hubeiHuanggang2020';
import { sichuanDaying2023 } from './sichuanDaying2023';
import { sichuanDefen2017 } from './sichuanDefen2017';
import { sichuanQingshen2023 } from './sichuanQingshen2023';
import { RealFormCase } from './types';
import { yunnanLijiang2020 } from './yunnanLijiang2020';

export const realForms: readonly RealFormCase[] = [
  sichuanQingshen2023,
  sichuanDaying2023,
  yunnanLijiang2020,
  anhuiTianchang2022,
  anhuiTangxi2022,
  hubeiHuanggang2020,
  chongqingKexuecheng2021,
  fujianNingdeDizhen2020,
  fujianNingdeFangzhi2018,
  sichuanDefen2017,
  anhuiShouxian2023,
];
