"""Small raw document sets for the quality rules: for each rule, documents that trip it and the same
documents with the mistake fixed. Each rule uses its own indicator and organisations, so rules do not
see each other's figures."""

PLAN = "Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm {year} của {org}\n\n{body}\n"
REPORT = "Tổng kết công tác Đoàn năm {year} của {org}\n\nNăm {year}, {org} đã đạt nhiều kết quả. {body}\n"
TERM = "Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh {province} lần thứ XV, nhiệm kỳ 2022 - 2027\n\nĐại hội xác định các chỉ tiêu nhiệm kỳ 2022 - 2027 của {org}: {body}\n"
NATIONAL = "Chương trình công tác năm {year} của Trung ương Đoàn\n\nTrung ương Đoàn xác định chỉ tiêu toàn quốc năm {year}: {body}\n"


def plan(org, year, body):
    return PLAN.format(org=org, year=year, body=body)


def report(org, year, body):
    return REPORT.format(org=org, year=year, body=body)


def term(province, body):
    return TERM.format(province=province, org=f"Tỉnh đoàn {province}", body=body)


def national(year, body):
    return NATIONAL.format(year=year, body=body)


# rule -> (documents that trip it, the same documents without the mistake); file name -> text
RULES = {
    "R01": ({"r01.txt": plan("Tỉnh đoàn Bắc Kạn", 2024, "Chỉ tiêu 1: 120% đoàn viên xếp loại hoàn thành xuất sắc nhiệm vụ.")},
            {"r01.txt": plan("Tỉnh đoàn Bắc Kạn", 2024, "Chỉ tiêu 1: 60% đoàn viên xếp loại hoàn thành xuất sắc nhiệm vụ.")}),
    "R02": ({"r02.txt": plan("Tỉnh đoàn Cao Bằng", 2024, "Chỉ tiêu 1: Giới thiệu từ 1.500 - 1.000 đoàn viên ưu tú cho Đảng.")},
            {"r02.txt": plan("Tỉnh đoàn Cao Bằng", 2024, "Chỉ tiêu 1: Giới thiệu từ 1.000 - 1.500 đoàn viên ưu tú cho Đảng.")}),
    "R03": ({"r03.txt": plan("Tỉnh đoàn Lai Châu", 2024, "Năm 2024, tuổi trẻ tỉnh xác định 5 chỉ tiêu:\n\n"
                                 "1. 300 dự án khởi nghiệp sáng tạo được hỗ trợ.\n\n2. 40 cầu dân sinh.\n\n"
                                 "3. 25 điểm vui chơi cho thiếu nhi.\n\n4. 900 suất học bổng.")},
            {"r03.txt": plan("Tỉnh đoàn Lai Châu", 2024, "Năm 2024, tuổi trẻ tỉnh xác định 4 chỉ tiêu:\n\n"
                                 "1. 300 dự án khởi nghiệp sáng tạo được hỗ trợ.\n\n2. 40 cầu dân sinh.\n\n"
                                 "3. 25 điểm vui chơi cho thiếu nhi.\n\n4. 900 suất học bổng.")}),
    "R04": ({"r04.txt": report("Tỉnh đoàn Điện Biên", 2023, "Các cấp bộ Đoàn đã đề xuất 700 ý tưởng, sáng kiến, trong đó có 950 ý tưởng, sáng kiến được hỗ trợ triển khai, hiện thực hóa.")},
            {"r04.txt": report("Tỉnh đoàn Điện Biên", 2023, "Các cấp bộ Đoàn đã đề xuất 700 ý tưởng, sáng kiến, trong đó có 95 ý tưởng, sáng kiến được hỗ trợ triển khai, hiện thực hóa.")}),
    "R05": ({"r05a.txt": plan("Tỉnh đoàn Sơn La", 2024, "Chỉ tiêu 1: 2.000 đơn vị máu được tiếp nhận."),
             "r05b.txt": plan("Tỉnh đoàn Lạng Sơn", 2024, "Chỉ tiêu 1: 2.400 đơn vị máu được tiếp nhận."),
             "r05c.txt": plan("Tỉnh đoàn Quảng Ninh", 2024, "Chỉ tiêu 1: 2.200 đơn vị máu được tiếp nhận."),
             "r05d.txt": plan("Tỉnh đoàn Thanh Hóa", 2024, "Chỉ tiêu 1: 2.100 đơn vị máu được tiếp nhận."),
             "r05e.txt": plan("Tỉnh đoàn Nghệ An", 2024, "Chỉ tiêu 1: 2.200.000 đơn vị máu được tiếp nhận.")},
            {"r05a.txt": plan("Tỉnh đoàn Sơn La", 2024, "Chỉ tiêu 1: 2.000 đơn vị máu được tiếp nhận."),
             "r05b.txt": plan("Tỉnh đoàn Lạng Sơn", 2024, "Chỉ tiêu 1: 2.400 đơn vị máu được tiếp nhận."),
             "r05c.txt": plan("Tỉnh đoàn Quảng Ninh", 2024, "Chỉ tiêu 1: 2.200 đơn vị máu được tiếp nhận."),
             "r05d.txt": plan("Tỉnh đoàn Thanh Hóa", 2024, "Chỉ tiêu 1: 2.100 đơn vị máu được tiếp nhận."),
             "r05e.txt": plan("Tỉnh đoàn Nghệ An", 2024, "Chỉ tiêu 1: 2.600 đơn vị máu được tiếp nhận.")}),
    "R06": ({"r06a.txt": plan("Tỉnh đoàn Hà Tĩnh", 2023, "Chỉ tiêu 1: 10.000 cây xanh được trồng mới."),
             "r06b.txt": plan("Tỉnh đoàn Hà Tĩnh", 2024, "Chỉ tiêu 1: 400.000 cây xanh được trồng mới."),
             "r06c.txt": report("Tỉnh đoàn Hà Tĩnh", 2024, "Toàn tỉnh đã trồng được 11.500 cây xanh.")},
            {"r06a.txt": plan("Tỉnh đoàn Hà Tĩnh", 2023, "Chỉ tiêu 1: 10.000 cây xanh được trồng mới."),
             "r06b.txt": plan("Tỉnh đoàn Hà Tĩnh", 2024, "Chỉ tiêu 1: 12.000 cây xanh được trồng mới."),
             "r06c.txt": report("Tỉnh đoàn Hà Tĩnh", 2024, "Toàn tỉnh đã trồng được 11.500 cây xanh.")}),
    "R07": ({"r07a.txt": term("Quảng Bình", "ít nhất 500 công trình thanh niên."),
             "r07b.txt": plan("Tỉnh đoàn Quảng Bình", 2024, "Chỉ tiêu 1: 800 công trình thanh niên."),
             "r07c.txt": plan("Tỉnh đoàn Quảng Bình", 2025, "Chỉ tiêu 1: 300 công trình thanh niên.")},
            {"r07a.txt": term("Quảng Bình", "ít nhất 500 công trình thanh niên."),
             "r07b.txt": plan("Tỉnh đoàn Quảng Bình", 2024, "Chỉ tiêu 1: 100 công trình thanh niên."),
             "r07c.txt": plan("Tỉnh đoàn Quảng Bình", 2025, "Chỉ tiêu 1: 300 công trình thanh niên.")}),
    "R08": ({"r08a.txt": national(2024, "kết nạp 100.000 đoàn viên mới."),
             "r08b.txt": plan("Tỉnh đoàn Quảng Trị", 2024, "Chỉ tiêu 1: kết nạp 150.000 đoàn viên mới.")},
            {"r08a.txt": national(2024, "kết nạp 100.000 đoàn viên mới."),
             "r08b.txt": plan("Tỉnh đoàn Quảng Trị", 2024, "Chỉ tiêu 1: kết nạp 5.000 đoàn viên mới.")}),
    "R09": ({"r09a.txt": plan("Tỉnh đoàn Phú Yên", 2024, "Chỉ tiêu 1: 20 căn nhà nhân ái."),
             "r09b.txt": report("Tỉnh đoàn Phú Yên", 2024, "Toàn tỉnh xây dựng 24 căn nhà nhân ái, đạt 150% chỉ tiêu.")},
            {"r09a.txt": plan("Tỉnh đoàn Phú Yên", 2024, "Chỉ tiêu 1: 20 căn nhà nhân ái."),
             "r09b.txt": report("Tỉnh đoàn Phú Yên", 2024, "Toàn tỉnh xây dựng 24 căn nhà nhân ái, đạt 120% chỉ tiêu.")}),
    "R10": ({"r10a.txt": report("Tỉnh đoàn Bình Định", 2024, "Toàn tỉnh đã trao 1.234 suất quà cho thiếu nhi."),
             "r10b.txt": report("Tỉnh đoàn Bình Định", 2024, "Các cấp bộ Đoàn đã trao 1.387 suất quà cho thiếu nhi.")},
            {"r10a.txt": report("Tỉnh đoàn Bình Định", 2024, "Toàn tỉnh đã trao 1.234 suất quà cho thiếu nhi."),
             "r10b.txt": report("Tỉnh đoàn Bình Định", 2024, "Các cấp bộ Đoàn đã trao 1.234 suất quà cho thiếu nhi.")}),
    "R12": ({"r12.txt": plan("Tỉnh đoàn Bình Thuận", 2024, "Chỉ tiêu 1: 6.000 nghìn ý tưởng, sáng kiến được hỗ trợ triển khai.")},
            {"r12.txt": plan("Tỉnh đoàn Bình Thuận", 2024, "Chỉ tiêu 1: 6.000 ý tưởng, sáng kiến được hỗ trợ triển khai.")}),
    "R13": ({"r13.txt": report("Tỉnh đoàn Bình Phước", 2024, "Toàn tỉnh đã tổ chức cho 15.190/18.1887 thanh niên học tập nghị quyết.")},
            {"r13.txt": report("Tỉnh đoàn Bình Phước", 2024, "Toàn tỉnh đã tổ chức cho 15.190/18.887 thanh niên học tập nghị quyết.")}),
    "R15": ({"r15.txt": report("Tỉnh đoàn Bình Dương", 2024, "Các cơ sở Đoàn đăng ký hiến 10.000 đơn vị máu; kết quả đã tiếp nhận 60.000 đơn vị máu, gấp 2 lần so với đăng ký, vượt 50.000 đơn vị máu so với đăng ký.")},
            {"r15.txt": report("Tỉnh đoàn Bình Dương", 2024, "Các cơ sở Đoàn đăng ký hiến 10.000 đơn vị máu; kết quả đã tiếp nhận 20.000 đơn vị máu, gấp 2 lần so với đăng ký, vượt 10.000 đơn vị máu so với đăng ký.")}),
    "R14": ({"r14.txt": report("Tỉnh đoàn Long An", 2024, "Toàn tỉnh đã trồng được 1.237 cây xanh, tiếp nhận 1.237 đơn vị máu.")},
            {"r14.txt": report("Tỉnh đoàn Long An", 2024, "Toàn tỉnh đã trồng được 1.237 cây xanh, tiếp nhận 864 đơn vị máu.")}),
}
